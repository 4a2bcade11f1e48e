import { loadavg } from 'node:os';
import { expect, test } from '@playwright/test';
import { addAndSignInVns3, createVns3, vns3Nav } from '../e2e/vns3-fixtures';
import { report, scrollFrameStats, timeToRender, watchForPaint } from './measure';

const RULES = 10_000;

test(`VNS3 firewall v2: ${RULES} rules`, async ({ page, request, baseURL }) => {
  const sim = await createVns3(request, baseURL!, { firewallRuleCount: RULES });
  await addAndSignInVns3(page, sim);
  // Load the route's code once, so the measured navigation times data and rendering only.
  await vns3Nav(page, 'Firewall v1').click();
  await expect(page.getByRole('heading', { name: 'Firewall v1', level: 1 })).toBeVisible();

  const table = page.getByRole('table', { name: 'Firewall rules' });
  const renderMs = await timeToRender(
    page,
    () => vns3Nav(page, 'Firewall').click(),
    async () => {
      await expect(table.getByRole('row', { name: /^0 / })).toBeVisible({ timeout: 120_000 });
    },
  );
  // When the rules response finished arriving, relative to the click (resource timing).
  const dataMs = await page.evaluate(() => {
    const start = (window as unknown as { __benchStart: number }).__benchStart;
    const entry = performance
      .getEntriesByType('resource')
      .filter((item) => /\/api\/v2\/firewall\/rules$/.test(new URL(item.name).pathname))
      .at(-1) as PerformanceResourceTiming | undefined;
    return entry ? Math.round((entry.responseEnd - start) * 10) / 10 : -1;
  });
  const domRows = await table.locator('tbody tr:not([aria-hidden])').count();
  const scroll = await scrollFrameStats(
    page.getByRole('region', { name: 'Firewall rules (scrollable)' }),
    page,
  );
  // The rules are in the query cache now: leaving and coming back times rendering alone.
  await vns3Nav(page, 'Firewall v1').click();
  await expect(page.getByRole('heading', { name: 'Firewall v1', level: 1 })).toBeVisible();
  const painted = await watchForPaint(
    page,
    'table[aria-label="Firewall rules"] tr[aria-rowindex="2"]',
  );
  await vns3Nav(page, 'Firewall').click();
  const cachedRenderMs = await painted();
  await expect(table.getByRole('row', { name: /^0 / })).toBeVisible();

  report(`vns3 firewall rules (${RULES})`, {
    renderMs,
    cachedRenderMs,
    dataArrivedMs: dataMs,
    renderAfterDataMs: dataMs >= 0 ? Math.round((renderMs - dataMs) * 10) / 10 : 'n/a',
    domRows,
    scrollFrames: scroll.frames,
    frameP50Ms: scroll.p50,
    frameP95Ms: scroll.p95,
    frameMaxMs: scroll.max,
    longTasks: scroll.longTasks,
    // Figures are wall-clock: read them against the machine's load.
    loadAvg1m: loadavg()[0]?.toFixed(1) ?? 'n/a',
  });
});
