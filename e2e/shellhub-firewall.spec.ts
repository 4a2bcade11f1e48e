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

interface FirewallSnapshot {
  firewallRules: {
    priority: number;
    action: string;
    source_ip: string;
    username: string;
    filter: { hostname?: string; tags?: string[] };
  }[];
  rejectedForValidation: number;
}

async function openFirewall(
  page: Page,
  sim: ShellHub,
  user = DEMO_USERNAME,
  password = DEMO_PASSWORD,
) {
  await signInShellHub(page, sim, { username: user, password });
  await openFromNav(page, 'Firewall rules');
}

const rows = (page: Page) => page.getByRole('table', { name: 'Firewall rules' }).getByRole('row');

test('firewall: create with regexp checks, edit the filter, reorder and delete', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await openFirewall(page, sim);
  await expect(rows(page)).toHaveCount(4);
  await expect(rows(page).nth(1)).toContainText('production');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'New rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'New firewall rule' });
  await expect(dialog.getByRole('textbox', { name: 'Priority' })).toHaveValue('4');
  await dialog.getByRole('textbox', { name: 'Source IP regular expression' }).fill('^10\\.(');
  await dialog.getByRole('textbox', { name: 'Username regular expression' }).fill('');
  await dialog.getByText('By tags', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Create rule' }).click();
  await expect(dialog.getByText('Not a valid regular expression')).toBeVisible();
  await expect(
    dialog.getByText('Enter a regular expression for the username (.* matches any)'),
  ).toBeVisible();
  await expect(dialog.getByText('Choose 1 to 3 tags')).toBeVisible();

  await dialog.getByRole('textbox', { name: 'Source IP regular expression' }).fill('^10\\.1\\.');
  await dialog.getByRole('textbox', { name: 'Username regular expression' }).fill('^deploy$');
  const tags = dialog.getByLabel(/^Tags/);
  await tags.fill('lab');
  await tags.press('Enter');
  await tags.fill('oslo');
  await tags.press('Enter');
  await dialog.getByRole('combobox', { name: 'Action' }).click();
  await page.getByRole('option', { name: 'Deny' }).click();
  await dialog.getByRole('button', { name: 'Create rule' }).click();
  await expect(page.getByText('Deny rule with priority 4.')).toBeVisible();
  await expect(rows(page)).toHaveCount(5);

  await page
    .getByRole('button', { name: 'Edit: deny ^deploy$ from ^10\\.1\\. (priority 4)' })
    .click();
  const edit = page.getByRole('dialog', { name: 'Edit firewall rule' });
  await edit.getByText('By hostname', { exact: true }).click();
  await edit.getByRole('textbox', { name: 'Hostname regular expression' }).fill('^edge-');
  await edit.getByRole('button', { name: 'Save rule' }).click();
  await expect(page.getByText('Rule saved')).toBeVisible();
  await expect(rows(page).nth(4)).toContainText('hostname ^edge-');

  await page
    .getByRole('button', { name: 'Move up: deny ^deploy$ from ^10\\.1\\. (priority 4)' })
    .click();
  await expect(rows(page).nth(3)).toContainText('^deploy$');
  await expect(rows(page).nth(3)).toContainText('3');

  await page.getByRole('button', { name: 'Delete: allow .* from .* (priority 4)' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this firewall rule?' });
  await expect(confirm).toContainText('allow .* from .* (priority 4)');
  await confirm.getByRole('button', { name: 'Delete rule' }).click();
  await expect(rows(page)).toHaveCount(4);

  const state = (await sim.state()) as unknown as FirewallSnapshot;
  const created = state.firewallRules.find((rule) => rule.username === '^deploy$');
  expect(created).toMatchObject({
    priority: 3,
    action: 'deny',
    active: true,
    source_ip: '^10\\.1\\.',
    username: '^deploy$',
    filter: { hostname: '^edge-' },
  });
  expect(state.rejectedForValidation).toBe(0);
  // The rule the POST answered is the one edited: no second fetch of it.
  expect(await sim.requests('GET', /^\/api\/firewall\/rules\/[0-9a-f]+$/)).toHaveLength(0);
});

test('firewall: a tag comes off a rule; the server keeps what the user typed on failure', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await openFirewall(page, sim);
  await page
    .getByRole('button', { name: 'Edit: allow ^root$ from ^10\\.0\\. (priority 1)' })
    .click();
  const edit = page.getByRole('dialog', { name: 'Edit firewall rule' });
  await edit.getByRole('textbox', { name: 'Username regular expression' }).fill('^ops$');
  await sim.configure({ fault: '500' });
  await edit.getByRole('button', { name: 'Save rule' }).click();
  await expect(edit.getByRole('alert')).toContainText('500');
  await expect(edit.getByRole('textbox', { name: 'Username regular expression' })).toHaveValue(
    '^ops$',
  );
  await sim.configure({ fault: 'none' });
  await edit.getByRole('button', { name: 'Save rule' }).click();
  await expect(page.getByText('Rule saved')).toBeVisible();
  await expect(rows(page).nth(1)).toContainText('^ops$');
  // Editing starts from the rule as the server has it now, fetched once.
  expect(await sim.requests('GET', /^\/api\/firewall\/rules\/[0-9a-f]+$/)).toHaveLength(1);
});

test('firewall: an operator sees the rules but cannot change them', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [{ username: 'otto', password: 'otto-pass', role: 'operator' }],
  });
  await openFirewall(page, sim, 'otto', 'otto-pass');
  await expect(rows(page)).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'New rule' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^Delete:/ })).toHaveCount(0);
});

test('firewall: an empty list says what that means', async ({ page, request, baseURL }) => {
  const sim = await createShellHub(request, baseURL!, { emptyNamespace: true });
  await openFirewall(page, sim);
  await expect(page.getByRole('heading', { name: 'No firewall rules' })).toBeVisible();
  await expect(
    page.getByText('Without rules every SSH login that authenticates is allowed.'),
  ).toBeVisible();
});
