import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { EVON_ADMIN_TOKEN, createHub, openHub } from './evon-fixtures';
import { expect, expectNoAxeViolations, openFromNav, test } from './fixtures';

async function download(page: Page, button: string) {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('search').getByLabel(label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('changes made from the console are recorded, filterable and exported without secrets', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const hub = await createHub(request, baseURL!);
  await openHub(page, hub);
  await openFromNav(page, 'Groups');

  await page.getByRole('button', { name: 'Create group' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create group' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Engineers');
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expect(dialog.getByText('group with this name already exists.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Ops');
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Delete group Ops' }).click();
  await page
    .getByRole('dialog', { name: 'Delete group Ops?' })
    .getByRole('button', { name: 'Delete group' })
    .click();
  await expect(page.getByRole('row', { name: /^Ops/ })).toHaveCount(0);
  const [deleted] = await hub.requests('DELETE');
  expect(deleted?.status).toBe(204);

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Audit trail' })
    .click();
  await expect(page.getByRole('heading', { name: 'Audit trail', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Audit trail' });
  const rows = table.getByRole('row');
  // Newest first: the header, then the delete, the create and the refused create.
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText(`Lab hubDELETE${deleted!.path}204OK`);
  await expect(rows.nth(2)).toContainText('Lab hubPOST/api/group201OK');
  await expect(rows.nth(3)).toContainText('Lab hubPOST/api/group400Failed');

  await choose(page, 'Status', '4xx refused');
  await expect(rows).toHaveCount(2);
  await expect(page.getByText('Showing 1 of 3 requests')).toBeVisible();
  await choose(page, 'Status', 'Any status');
  await choose(page, 'Method', 'DELETE');
  await expect(rows).toHaveCount(2);
  // Filters live in the page; the trail itself survives a reload.
  await page.reload();
  await expect(rows).toHaveCount(4);
  await page.getByRole('textbox', { name: 'Search' }).fill('failed group');
  await expect(rows).toHaveCount(2);
  await page.getByRole('textbox', { name: 'Search' }).fill('');

  const csv = await download(page, 'Export CSV');
  expect(csv.name).toMatch(/^switchboard-audit-.*\.csv$/);
  const lines = csv.text.trim().split('\r\n');
  expect(lines[0]).toBe('at,connectionId,connectionName,method,path,status,outcome,durationMs');
  expect(lines.slice(1).map((line) => line.split(',').slice(2, 7).join(','))).toEqual([
    `Lab hub,DELETE,${deleted!.path},204,ok`,
    'Lab hub,POST,/api/group,201,ok',
    'Lab hub,POST,/api/group,400,failed',
  ]);
  const json = await download(page, 'Export JSON');
  const entries = JSON.parse(json.text) as { method: string; status: number }[];
  expect(entries.map((entry) => `${entry.method} ${entry.status}`)).toEqual([
    'DELETE 204',
    'POST 201',
    'POST 400',
  ]);
  const stored = await page.evaluate(() => localStorage.getItem('switchboard.audit') ?? '');
  for (const text of [csv.text, json.text, stored]) {
    expect(text).not.toContain(EVON_ADMIN_TOKEN);
    expect(text).not.toContain('Engineers');
    expect(text).not.toContain('?');
  }
});

test('a trail of thousands of requests is virtualized, and the page passes axe in dark mode', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => {
    const entries = Array.from({ length: 5000 }, (_, index) => ({
      id: `seed-${index}`,
      at: new Date(Date.UTC(2025, 0, 1, 0, 0, index)).toISOString(),
      connectionId: index % 2 ? 'edge' : 'lab',
      connectionName: index % 2 ? 'Edge' : 'Lab',
      method: index % 5 === 0 ? 'DELETE' : 'POST',
      path: `/api/item/${index}`,
      status: index % 7 === 0 ? 500 : 200,
      outcome: index % 7 === 0 ? 'failed' : 'ok',
      durationMs: 10,
    }));
    if (!localStorage.getItem('switchboard.audit')) {
      localStorage.setItem('switchboard.audit', JSON.stringify({ version: 1, entries }));
    }
    localStorage.setItem('mantine-color-scheme-value', 'dark');
  });
  await page.goto('/audit');
  await expect(page.getByText('Showing 5,000 of 5,000 requests')).toBeVisible();
  const rows = page.getByRole('table', { name: 'Audit trail' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('/api/item/4999');
  expect(await rows.count()).toBeLessThan(60);

  await choose(page, 'Connection', 'Edge');
  await choose(page, 'Status', '5xx server error');
  await expect(page.getByText('Showing 357 of 5,000 requests')).toBeVisible();
  await expect(rows.nth(1)).toContainText('/api/item/4991');

  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Clear trail' }).click();
  const confirm = page.getByRole('dialog', { name: 'Clear the audit trail' });
  await expect(confirm).toContainText('Remove all 5,000 recorded requests');
  await confirm.getByRole('button', { name: 'Clear audit trail' }).click();
  await expect(page.getByRole('heading', { name: 'No changes recorded yet' })).toBeVisible();
});
