import { expect, expectNoAxeViolations, openFromNav, test } from './fixtures';
import {
  EVON_ADMIN_TOKEN,
  EVON_USER_TOKEN,
  createHub,
  openHub,
  pick,
  requestsTo,
} from './evon-fixtures';

test('creating a user: bad input stays in the browser, a taken name comes back on the field', async ({
  page,
  request,
  baseURL,
}) => {
  const hub = await createHub(request, baseURL!);
  await openHub(page, hub);
  await openFromNav(page, 'Users');
  await expect(page.getByRole('row', { name: /admin.*Built-in.*Superuser/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Create user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create user' });
  await dialog.getByRole('textbox', { name: 'Username' }).fill('no spaces allowed');
  await dialog.getByRole('textbox', { name: 'Password', exact: true }).fill('pw1');
  await dialog.getByRole('textbox', { name: 'Confirm password' }).fill('pw2');
  await dialog.getByRole('textbox', { name: 'Email' }).fill('nope');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(dialog.getByText('Use letters, digits and @ . + - _ only')).toBeVisible();
  await expect(dialog.getByText('The passwords do not match')).toBeVisible();
  await expect(dialog.getByText('Enter a valid email address')).toBeVisible();
  expect(await requestsTo(hub, 'POST', '/api/user')).toEqual([]);

  await dialog.getByRole('textbox', { name: 'Username' }).fill('alice');
  await dialog.getByRole('textbox', { name: 'Confirm password' }).fill('pw1');
  await dialog.getByRole('textbox', { name: 'Email' }).fill('alice2@example.com');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(dialog.getByText('A user with that username already exists.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Username' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(dialog.getByRole('textbox', { name: 'Email' })).toHaveValue('alice2@example.com');
  expect((await hub.state()).rejectedForValidation).toBe(1);
  await expectNoAxeViolations(page);

  await dialog.getByRole('textbox', { name: 'Username' }).fill('carol');
  await dialog.getByRole('textbox', { name: 'First name' }).fill('Carol');
  await pick(page, dialog, 'Groups', 'Engineers');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(dialog).toBeHidden();
  const carol = page.getByRole('row', { name: /carol/ });
  await expect(carol).toContainText('Engineers, All Users');
  const users = (await hub.state()).users as { username: string; groups: number[] }[];
  expect(users.find((user) => user.username === 'carol')?.groups.sort()).toEqual([1, 2]);
});

test('superuser toggle, password and the read-only built-in admin', async ({
  page,
  request,
  baseURL,
}) => {
  const hub = await createHub(request, baseURL!);
  await openHub(page, hub);
  await openFromNav(page, 'Users');

  await page.getByRole('button', { name: 'Edit user alice' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit user alice' });
  await edit.getByRole('switch', { name: 'Superuser' }).check();
  await edit.getByRole('button', { name: 'Save user' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('row', { name: /alice/ })).toContainText('Superuser');

  await page.getByRole('button', { name: 'Set the password of alice' }).click();
  const password = page.getByRole('dialog', { name: 'Set the password of alice' });
  await password.getByRole('textbox', { name: 'New password', exact: true }).fill('s3cret');
  await password.getByRole('textbox', { name: 'Confirm the new password' }).fill('s3cret');
  await password.getByRole('button', { name: 'Set password' }).click();
  await expect(password).toBeHidden();
  const users = (await hub.state()).users as {
    username: string;
    password: string;
    is_superuser: boolean;
  }[];
  expect(users.find((user) => user.username === 'alice')).toMatchObject({
    password: 's3cret',
    is_superuser: true,
  });

  await page.getByRole('button', { name: 'Edit user admin' }).click();
  const admin = page.getByRole('dialog', { name: 'Edit user admin' });
  await expect(admin.getByText('admin is built in')).toBeVisible();
  await expect(admin.getByRole('textbox', { name: 'Username' })).toHaveAttribute('readonly', '');
  await expect(admin.getByRole('switch', { name: 'Superuser' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Delete user admin' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete user deployer' })).toHaveCount(0);
});

test('a non-superuser is told what the account cannot do', async ({ page, request, baseURL }) => {
  const hub = await createHub(request, baseURL!);
  await openHub(page, hub, EVON_USER_TOKEN);
  await openFromNav(page, 'Users');
  await expect(
    page.getByText(
      'Your account cannot view users: You do not have permission to perform this action.',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await hub.configure({ grant: { alice: ['auth.view_user'] } });
  await openFromNav(page, 'Servers');
  await openFromNav(page, 'Users');
  await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
  await page.getByRole('button', { name: 'Create user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create user' });
  await dialog.getByRole('textbox', { name: 'Username' }).fill('mallory');
  await dialog.getByRole('textbox', { name: 'Password', exact: true }).fill('pw');
  await dialog.getByRole('textbox', { name: 'Confirm password' }).fill('pw');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(
    dialog.getByText(
      'Your account cannot add users: You do not have permission to perform this action.',
    ),
  ).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Username' })).toHaveValue('mallory');
  expect((await requestsTo(hub, 'POST', '/api/user')).map((entry) => entry.status)).toEqual([403]);
  // a 403 does not end the session
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
});

test('the edit dialog starts from the user as the hub has it now, or says it is gone', async ({
  page,
  request,
  baseURL,
}) => {
  const hub = await createHub(request, baseURL!, { addUsers: [{ username: 'bob' }] });
  await openHub(page, hub);
  await openFromNav(page, 'Users');
  await expect(page.getByRole('row', { name: /bob/ })).toBeVisible();
  const users = (await hub.state()).users as { id: number; username: string }[];
  const idOf = (name: string) => users.find((user) => user.username === name)?.id;
  const alice = idOf('alice');
  const bob = idOf('bob');
  expect(alice).toBeDefined();
  expect(bob).toBeDefined();

  // Changed behind the console's back: the list row is now stale.
  const auth = { Authorization: `Token ${EVON_ADMIN_TOKEN}` };
  const patched = await request.patch(`${hub.baseUrl}/api/user/${alice}`, {
    headers: auth,
    data: { first_name: 'Alicia' },
  });
  expect(patched.ok(), await patched.text()).toBe(true);
  await page.getByRole('button', { name: 'Edit user alice' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit user alice' });
  await expect(edit.getByRole('textbox', { name: 'First name' })).toHaveValue('Alicia');
  expect(await requestsTo(hub, 'GET', `/api/user/${alice}`)).toHaveLength(1);
  await expectNoAxeViolations(page);
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await expect(edit).toBeHidden();

  const deleted = await request.delete(`${hub.baseUrl}/api/user/${bob}`, { headers: auth });
  expect(deleted.ok(), await deleted.text()).toBe(true);
  await expect(page.getByRole('row', { name: /bob/ })).toBeVisible();
  await page.getByRole('button', { name: 'Edit user bob' }).click();
  const gone = page.getByRole('dialog', { name: 'Edit user bob' });
  await expect(gone.getByRole('alert')).toContainText('The user bob no longer exists');
  await expect(gone.getByRole('textbox', { name: 'Username' })).toHaveCount(0);
  expect((await requestsTo(hub, 'GET', `/api/user/${bob}`)).map((entry) => entry.status)).toEqual([
    404,
  ]);
  await gone.getByRole('button', { name: 'Close and refresh the list' }).click();
  await expect(gone).toBeHidden();
  await expect(page.getByRole('row', { name: /bob/ })).toHaveCount(0);
});
