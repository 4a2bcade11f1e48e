import { expect, test } from '@playwright/test';
import { type Gateway, createGateway, nav, openGateway } from '../e2e/devicegw-fixtures';
import { report, scrollFrameStats, watchClickToPaint } from './measure';

// The simulator seeds at most 5,000 devices; all of them are put on the denied list.
const ROWS = 5000;

test(`device gateway: denied devices, ${ROWS} rows`, async ({ page, request, baseURL }) => {
  const gateway: Gateway = await createGateway(request, baseURL!, { deviceCount: ROWS });
  const uuids = (await gateway.state()).devices.map((device) => device.uuid);
  await gateway.configure({ denied: uuids });
  await openGateway(page, gateway);

  const table = page.getByRole('table', { name: 'Denied devices' });
  const painted = await watchClickToPaint(
    page,
    'table[aria-label="Denied devices"] tr[aria-rowindex="2"]',
    /\/v1\/denied-devices$/,
  );
  await nav(page, 'Denied devices').click();
  const { paintedMs, dataMs } = await painted();
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const domRows = await table.locator('tbody tr:not([aria-hidden])').count();
  const scroll = await scrollFrameStats(
    page.getByRole('region', { name: 'Denied devices (scrollable)' }),
    page,
  );
  report(`devicegw denied devices (${ROWS})`, {
    // Milliseconds from the click to the frame with the first device painted.
    renderMs: paintedMs,
    dataArrivedMs: dataMs,
    domRows,
    scrollFrames: scroll.frames,
    frameP50Ms: scroll.p50,
    frameP95Ms: scroll.p95,
    frameMaxMs: scroll.max,
    longTasks: scroll.longTasks,
  });
});
