import { loadavg } from 'node:os';
import { expect, test } from '@playwright/test';
import { addAndSignInVns3, createVns3, vns3Nav } from '../e2e/vns3-fixtures';
import { report, scrollFrameStats, timeToRender } from './measure';

// The simulator's clientpackCount maximum.
const PACKS = 5000;

test(`VNS3 client packs: ${PACKS} packs`, async ({ page, request, baseURL }) => {
  const sim = await createVns3(request, baseURL!, {
    clientpackCount: PACKS,
    clientpackCapacity: PACKS,
  });
  await addAndSignInVns3(page, sim);
  // Load the page's code once, so the measured navigation times data and rendering only.
  await vns3Nav(page, 'Client packs').click();
  await expect(page.getByRole('heading', { name: 'Client packs', level: 1 })).toBeVisible();
  await vns3Nav(page, 'Routes').click();
  await expect(page.getByRole('heading', { name: 'Routes', level: 1 })).toBeVisible({
    timeout: 60_000,
  });

  const table = page.getByRole('table', { name: 'Clientpacks' });
  // A pack's row is named after its checkbox, "Select <pack name>", then its cells.
  const packRows = table.getByRole('row', { name: /^Select 100_127_\d+_\d+ / });
  const renderMs = await timeToRender(
    page,
    () => vns3Nav(page, 'Client packs').click(),
    async () => {
      await expect(packRows.first()).toBeVisible({ timeout: 120_000 });
    },
  );
  const domRows = await packRows.count();
  const scroll = await scrollFrameStats(
    page.getByRole('region', { name: 'Clientpacks (scrollable)' }),
    page,
  );
  report(`vns3 client packs (${PACKS})`, {
    renderMs,
    domRows,
    scrollFrames: scroll.frames,
    frameP50Ms: scroll.p50,
    frameP95Ms: scroll.p95,
    frameMaxMs: scroll.max,
    longTasks: scroll.longTasks,
    loadAvg1m: loadavg()[0]?.toFixed(1) ?? 'n/a',
  });
});
