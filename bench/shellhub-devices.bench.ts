import { loadavg } from 'node:os';
import { expect, test } from '@playwright/test';
import { openFromNav } from '../e2e/fixtures';
import {
  DEMO_PASSWORD,
  DEMO_USERNAME,
  createShellHub,
  signInShellHub,
} from '../e2e/shellhub-fixtures';
import { report, scrollFrameStats, timeToRender } from './measure';

// The simulator's deviceCount maximum; the server pages them (the console asks for 25 or 100).
const DEVICES = 10_000;

test(`ShellHub: devices, ${DEVICES} in the namespace`, async ({ page, request, baseURL }) => {
  const sim = await createShellHub(request, baseURL!, { deviceCount: DEVICES });
  await signInShellHub(page, sim, { username: DEMO_USERNAME, password: DEMO_PASSWORD });
  await expect(page.getByRole('heading', { name: 'Devices', level: 1 })).toBeVisible();
  // Start from another page, so the measured navigation times data and rendering only.
  await openFromNav(page, 'Tags');

  const table = page.getByRole('table', { name: 'Accepted devices' });
  const firstRow = table.getByRole('row', { name: /device-\d{5}/ }).first();
  const renderMs = await timeToRender(
    page,
    () =>
      page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Devices', exact: true })
        .click(),
    async () => {
      await expect(firstRow).toBeVisible({ timeout: 120_000 });
    },
  );

  await page.getByRole('combobox', { name: 'Per page' }).click();
  const perPageMs = await timeToRender(
    page,
    () => page.getByRole('option', { name: '100' }).click(),
    async () => {
      await expect(page.getByText(/^Devices 1–100 of 10,000/)).toBeVisible({ timeout: 60_000 });
      await expect(firstRow).toBeVisible();
    },
  );
  const lastPageMs = await timeToRender(
    page,
    () => page.getByRole('button', { name: 'Last' }).click(),
    async () => {
      await expect(page.getByText(/page 100 of 100/)).toBeVisible({ timeout: 60_000 });
      await expect(firstRow).toBeVisible();
    },
  );
  const domRows = await table.getByRole('row', { name: /device-\d{5}/ }).count();
  const scroll = await scrollFrameStats(
    page.getByRole('region', { name: 'Accepted devices list' }),
    page,
  );
  report(`shellhub devices (${DEVICES}, 100 per page)`, {
    firstRowsMs: renderMs,
    perPage100Ms: perPageMs,
    lastPageMs,
    domRows,
    scrollFrames: scroll.frames,
    frameP50Ms: scroll.p50,
    frameP95Ms: scroll.p95,
    frameMaxMs: scroll.max,
    longTasks: scroll.longTasks,
    loadAvg1m: loadavg()[0]?.toFixed(1) ?? 'n/a',
  });
});
