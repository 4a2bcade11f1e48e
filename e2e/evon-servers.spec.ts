import { expect, expectNoAxeViolations, test } from './fixtures';
import { EVON_USER_TOKEN, createHub, openHub, pick, requestsTo } from './evon-fixtures';

test('servers are paged like the hub pages them', async ({ page, request, baseURL }) => {
  const hub = await createHub(request, baseURL!, { extraServers: 150 });
  await openHub(page, hub);
  const table = page.getByRole('table', { name: 'Servers' });
  await expect(page.getByText('1–100 of 153 servers')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(101);
  await expect(page.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('101–153 of 153 servers')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(54);
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
  const lists = await requestsTo(hub, 'GET', '/api/server');
  expect(lists.some((entry) => entry.query.includes('page') && entry.status === 200)).toBe(true);

  await page.getByRole('button', { name: 'Previous page' }).click();
  await expect(page.getByText('1–100 of 153 servers')).toBeVisible();
});

test('a server is deleted only after confirming, and its groups can be edited', async ({
  page,
  request,
  baseURL,
}) => {
  const hub = await createHub(request, baseURL!);
  await openHub(page, hub);
  const table = page.getByRole('table', { name: 'Servers' });
  const db1 = table.getByRole('row', { name: /db1\.acme\.evon\.link/ });
  await expect(db1).toContainText('Disconnected');
  await expect(db1).toContainText(/3 hours( and \d+ seconds?)? ago/);

  await page.getByRole('button', { name: 'Edit server groups of db1.acme.evon.link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Server groups of db1.acme.evon.link' });
  await pick(page, dialog, 'Server groups', 'Web servers');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(db1).toContainText('All Servers, Web servers');
  const patches = await requestsTo(hub, 'PATCH', '/api/server/3');
  expect(patches.map((entry) => entry.status)).toEqual([200]);

  await page.getByRole('button', { name: 'Delete server db1.acme.evon.link' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete server db1.acme.evon.link?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  expect(await requestsTo(hub, 'DELETE', '/api/server/3')).toEqual([]);

  await page.getByRole('button', { name: 'Delete server db1.acme.evon.link' }).click();
  await confirm.getByRole('button', { name: 'Delete server' }).click();
  await expect(db1).toHaveCount(0);
  await expect(page.getByText('1–2 of 2 servers')).toBeVisible();
  expect((await requestsTo(hub, 'DELETE', '/api/server/3')).map((e) => e.status)).toEqual([204]);
  expect((await hub.state()).serverCount).toBe(2);
});

test('a non-superuser sees only the servers a policy lets them reach', async ({
  page,
  request,
  baseURL,
}) => {
  const hub = await createHub(request, baseURL!);
  await openHub(page, hub, EVON_USER_TOKEN);
  const table = page.getByRole('table', { name: 'Servers' });
  await expect(page.getByText('1–2 of 2 servers')).toBeVisible();
  await expect(table.getByRole('row', { name: /web1\.acme\.evon\.link/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /db1/ })).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: 'Server groups' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Delete server/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
