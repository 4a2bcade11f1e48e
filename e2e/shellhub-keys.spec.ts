import { type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openFromNav, test } from './fixtures';
import {
  DEMO_PASSWORD,
  DEMO_USERNAME,
  type ShellHub,
  createShellHub,
  signInShellHub,
} from './shellhub-fixtures';

// The shared test machine is slow; the steps themselves keep their own timeouts.
test.describe.configure({ timeout: 90_000 });

const KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g sam@lab';
const DEMO_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ops@example.com';

interface KeysSnapshot {
  publicKeys: { name: string; username: string; filter: { hostname?: string; tags?: string[] } }[];
  rejectedForValidation: number;
}

async function openKeys(page: Page, sim: ShellHub, user = DEMO_USERNAME, password = DEMO_PASSWORD) {
  await signInShellHub(page, sim, { username: user, password });
  await openFromNav(page, 'Public keys');
}

const rows = (page: Page) => page.getByRole('table', { name: 'Public keys' }).getByRole('row');

test('public keys: add with a format check, duplicate on the field, edit and delete', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await openKeys(page, sim);
  await expect(rows(page)).toHaveCount(2);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Add public key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add public key' });
  const data = dialog.getByRole('textbox', { name: 'Public key' });
  await data.fill('-----BEGIN PUBLIC KEY-----');
  await dialog.getByRole('button', { name: 'Add key' }).click();
  await expect(
    dialog.getByText('Paste one OpenSSH public key line, e.g. "ssh-ed25519 AAAA… comment"'),
  ).toBeVisible();
  await expect(dialog.getByText('Enter a name')).toBeVisible();

  await data.fill(DEMO_KEY);
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('copy');
  await dialog.getByRole('button', { name: 'Add key' }).click();
  await expect(dialog.getByText('public key already exists')).toBeVisible();

  await data.fill(KEY);
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('sam laptop');
  await dialog.getByRole('textbox', { name: 'Username regular expression' }).fill('^sam$');
  await dialog.getByRole('button', { name: 'Add key' }).click();
  await expect(page.getByText('Public key added')).toBeVisible();
  await expect(rows(page)).toHaveCount(3);

  await page.getByRole('button', { name: 'Edit sam laptop' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit sam laptop' });
  await edit.getByText('By tags', { exact: true }).click();
  const tags = edit.getByLabel(/^Tags/);
  await tags.fill('lab');
  await tags.press('Enter');
  await tags.fill('oslo');
  await tags.press('Enter');
  await edit.getByRole('button', { name: 'Save key' }).click();
  await expect(page.getByText('Public key saved')).toBeVisible();
  const row = rows(page).filter({ hasText: 'sam laptop' });
  await row.getByRole('button', { name: 'Remove tag lab' }).click();
  await expect(page.getByText('sam laptop no longer applies to lab.')).toBeVisible();

  let state = (await sim.state()) as unknown as KeysSnapshot;
  expect(state.publicKeys.find((key) => key.name === 'sam laptop')).toMatchObject({
    username: '^sam$',
    filter: { tags: ['oslo'] },
  });

  await page.getByRole('button', { name: 'Delete sam laptop' }).click();
  await page
    .getByRole('dialog', { name: 'Delete the public key sam laptop?' })
    .getByRole('button', { name: 'Delete key' })
    .click();
  await expect(rows(page)).toHaveCount(2);
  state = (await sim.state()) as unknown as KeysSnapshot;
  expect(state.publicKeys.map((key) => key.name)).toEqual(['ops laptop']);
  expect(state.rejectedForValidation).toBe(0);
});

test('public keys: empty list; an observer cannot add or delete', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    emptyNamespace: true,
    users: [{ username: 'oscar', password: 'oscar-pass', role: 'observer' }],
  });
  await openKeys(page, sim, 'oscar', 'oscar-pass');
  await expect(page.getByRole('heading', { name: 'No public keys' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add public key' })).toBeHidden();
});
