import { loadavg } from 'node:os';
import { expect, test } from '@playwright/test';
import { addAndSignInVns3, createVns3, vns3Nav } from '../e2e/vns3-fixtures';
import { report, scrollFrameStats, watchClickToPaint } from './measure';

// The simulator's clientpackCount maximum.
const PACKS = 5000;

test(`VNS3 client packs: ${PACKS} packs`, async ({ page, request, baseURL }) => {
  const sim = await createVns3(request, baseURL!, {
    clientpackCount: PACKS,
    clientpackCapacity: PACKS,
  });
  await addAndSignInVns3(page, sim);
  // Visit once, so the measured navigation times the route change and rendering: the code is
  // loaded and the packs and connected clients are in the query cache.
  await vns3Nav(page, 'Client packs').click();
  await expect(page.getByRole('heading', { name: 'Client packs', level: 1 })).toBeVisible();
  await vns3Nav(page, 'Routes').click();
  await expect(page.getByRole('heading', { name: 'Routes', level: 1 })).toBeVisible({
    timeout: 60_000,
  });

  const table = page.getByRole('table', { name: 'Clientpacks' });
  // A pack's row is named after its checkbox, "Select <pack name>", then its cells.
  const packRows = table.getByRole('row', { name: /^Select 100_127_\d+_\d+ / });
  const painted = await watchClickToPaint(
    page,
    'table[aria-label="Clientpacks"] tr[aria-rowindex="2"]',
    /\/api\/clientpacks$/,
  );
  await vns3Nav(page, 'Client packs').click();
  const { paintedMs } = await painted();
  await expect(packRows.first()).toBeVisible();
  const domRows = await packRows.count();
  const clients = page.getByRole('table', { name: 'Connected clients' });
  const connectedClients = Number(await clients.getAttribute('aria-rowcount')) - 1;
  const connectedDomRows = await clients.locator('tbody tr:not([aria-hidden])').count();
  const scroll = await scrollFrameStats(
    page.getByRole('region', { name: 'Clientpacks (scrollable)' }),
    page,
  );
  report(`vns3 client packs (${PACKS})`, {
    // Milliseconds from the click to the frame with the first pack painted (cached data).
    renderMs: paintedMs,
    domRows,
    connectedClients,
    connectedDomRows,
    scrollFrames: scroll.frames,
    frameP50Ms: scroll.p50,
    frameP95Ms: scroll.p95,
    frameMaxMs: scroll.max,
    longTasks: scroll.longTasks,
    loadAvg1m: loadavg()[0]?.toFixed(1) ?? 'n/a',
  });
});
