import { expect, expectNoAxeViolations, openFromNav, test } from './fixtures';
import { EVON_USER_TOKEN, createHub, openHub, pick, requestsTo } from './evon-fixtures';

test('groups: created with members, All Users cannot be deleted', async ({
  page,
  request,
  baseURL,
}) => {
  const hub = await createHub(request, baseURL!);
  await openHub(page, hub);
  await openFromNav(page, 'Groups');
  await expect(page.getByRole('row', { name: /All Users.*admin, deployer, alice/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete group All Users' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Create group' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create group' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Engineers');
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expect(dialog.getByText('group with this name already exists.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Ops');
  await pick(page, dialog, 'Members', 'deployer');
  await pick(page, dialog, 'Permissions', 'Can view server');
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /^Ops deployer 1/ })).toBeVisible();

  await page.getByRole('button', { name: 'Delete group Ops' }).click();
  await page
    .getByRole('dialog', { name: 'Delete group Ops?' })
    .getByRole('button', { name: 'Delete group' })
    .click();
  await expect(page.getByRole('row', { name: /^Ops/ })).toHaveCount(0);
  expect((await requestsTo(hub, 'DELETE', '/api/group/3')).map((e) => e.status)).toEqual([204]);
});

test('server groups: a comma is refused before sending; servers are picked', async ({
  page,
  request,
  baseURL,
}) => {
  const hub = await createHub(request, baseURL!);
  await openHub(page, hub);
  await openFromNav(page, 'Server groups');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Create server group' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create server group' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('db,cache');
  await dialog.getByRole('button', { name: 'Create server group' }).click();
  await expect(dialog.getByText('Name must not contain commas')).toBeVisible();
  expect(await requestsTo(hub, 'POST', '/api/servergroup')).toEqual([]);
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Databases');
  await pick(page, dialog, 'Servers', 'db1.acme.evon.link');
  await dialog.getByRole('button', { name: 'Create server group' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Databases.*db1\.acme\.evon\.link/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete server group All Servers' })).toHaveCount(
    0,
  );
});

test('user profiles: the address is shown and device sharing is switched', async ({
  page,
  request,
  baseURL,
}) => {
  const hub = await createHub(request, baseURL!);
  await openHub(page, hub);
  await openFromNav(page, 'User profiles');
  await page.getByRole('combobox', { name: 'User' }).click();
  await page.getByRole('option', { name: 'alice' }).click();
  await expect(page.getByRole('table', { name: 'Profile of alice' })).toContainText(
    /100\.64\.208\.\d+/,
  );
  await expectNoAxeViolations(page);
  await page.getByRole('switch', { name: "Share this user's device" }).check();
  await expect(page.getByText('Device sharing on')).toBeVisible();
  const users = (await hub.state()).users as { username: string; profile: { shared: boolean } }[];
  expect(users.find((user) => user.username === 'alice')?.profile.shared).toBe(true);
});

test('a refused deletion says what the account cannot do and keeps the row', async ({
  page,
  request,
  baseURL,
}) => {
  const hub = await createHub(request, baseURL!, {
    grant: { alice: ['hub.view_servergroup', 'hub.view_server'] },
  });
  await openHub(page, hub, EVON_USER_TOKEN);
  await openFromNav(page, 'Server groups');
  await page.getByRole('button', { name: 'Delete server group Web servers' }).click();
  await page
    .getByRole('dialog', { name: 'Delete server group Web servers?' })
    .getByRole('button', { name: 'Delete server group' })
    .click();
  await expect(
    page.getByText(
      'Your account cannot delete this server group: You do not have permission to perform this action.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /Web servers/ })).toBeVisible();
  expect((await requestsTo(hub, 'DELETE', '/api/servergroup/2')).map((e) => e.status)).toEqual([
    403,
  ]);
});
