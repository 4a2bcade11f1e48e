import { expect, test } from '@playwright/test';
import { type Gateway, createGateway, nav, openGateway } from '../e2e/devicegw-fixtures';
import { report, scrollFrameStats, timeToRender } from './measure';

// The simulator seeds at most 5,000 devices; all of them are put on the denied list.
const ROWS = 5000;

test(`device gateway: denied devices, ${ROWS} rows`, async ({ page, request, baseURL }) => {
  const gateway: Gateway = await createGateway(request, baseURL!, { deviceCount: ROWS });
  const uuids = (await gateway.state()).devices.map((device) => device.uuid);
  await gateway.configure({ denied: uuids });
  await openGateway(page, gateway);

  const table = page.getByRole('table', { name: 'Denied devices' });
  const renderMs = await timeToRender(
    page,
    () => nav(page, 'Denied devices').click(),
    async () => {
      await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 120_000 });
    },
  );
  const domRows = await table.locator('tbody tr:not([aria-hidden])').count();
  const scroll = await scrollFrameStats(
    page.getByRole('region', { name: 'Denied devices (scrollable)' }),
    page,
  );
  report(`devicegw denied devices (${ROWS})`, {
    renderMs,
    domRows,
    scrollFrames: scroll.frames,
    frameP50Ms: scroll.p50,
    frameP95Ms: scroll.p95,
    frameMaxMs: scroll.max,
    longTasks: scroll.longTasks,
  });
});
