import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  DEMO_PASSWORD,
  DEMO_TENANT,
  DEMO_USERNAME,
  createShellHub,
  fillShellHubLogin,
  signInShellHub,
} from './shellhub-fixtures';

test.describe.configure({ timeout: 90_000 });

/** Like openFromNav, with room for a lazy page chunk on a busy machine. */
async function openFromNavSlow(page: Page, link: string, heading = link) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: link, exact: true })
    .click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible({
    timeout: 15_000,
  });
}

interface KeyState {
  name: string;
  role: string;
  expiresIn: number;
  tenantId: string;
}

const row = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

test('create shows the key once; it works as X-API-KEY; edit and delete by name', async ({
  page,
  request,
  baseURL,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sim = await createShellHub(request, baseURL!);
  await signInShellHub(page, sim, { username: DEMO_USERNAME, password: DEMO_PASSWORD });
  await openFromNavSlow(page, 'API keys');
  await expect(page.getByRole('heading', { name: 'No API keys yet' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Create API key' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create API key' });
  const name = dialog.getByRole('textbox', { name: 'Name' });
  await name.fill('ab');
  await dialog.getByRole('button', { name: 'Create API key' }).click();
  await expect(name).toHaveAccessibleDescription(/At least 3 characters/);
  await name.fill('has space');
  await dialog.getByRole('button', { name: 'Create API key' }).click();
  await expect(name).toHaveAccessibleDescription(/Only letters, digits, underscores and hyphens/);
  expect(await sim.requests('POST', '/api/namespaces/api-key')).toEqual([]);

  await name.fill('ci-bot');
  await dialog.getByRole('combobox', { name: 'Expires after' }).click();
  await page.getByRole('option', { name: 'Never' }).click();
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Operator' }).click();
  await dialog.getByRole('button', { name: 'Create API key' }).click();

  const shown = page.getByRole('dialog', { name: 'API key ci-bot' });
  await expect(shown.getByText('This is the only time the key is shown.')).toBeVisible();
  const key = (await shown.getByLabel('New API key').textContent())?.trim() ?? '';
  expect(key).toMatch(/^[0-9a-f-]{36}$/);
  await shown.getByRole('button', { name: 'Copy key' }).click();
  await expect(shown.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(row(page, 'ci-bot')).toContainText('Operator');
  await expect(row(page, 'ci-bot')).toContainText('Never');
  await expect(page.getByText(key)).toHaveCount(0);

  const withKey = await request.get(`${sim.baseUrl}/api/namespaces/${DEMO_TENANT}`, {
    headers: { 'X-API-KEY': key },
  });
  expect(withKey.status()).toBe(200);

  await page.getByRole('button', { name: 'Create API key' }).first().click();
  await name.fill('ci-bot');
  await dialog.getByRole('button', { name: 'Create API key' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    '409 Conflict: an API key with this name already exists',
  );
  await expect(name).toHaveValue('ci-bot');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Edit ci-bot' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit API key ci-bot' });
  await edit.getByRole('textbox', { name: 'Name' }).fill('deploy_bot');
  await edit.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Observer' }).click();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(row(page, 'deploy_bot')).toContainText('Observer');
  let keys = (await sim.state()).apiKeys as KeyState[];
  expect(keys).toEqual([
    expect.objectContaining({ name: 'deploy_bot', role: 'observer', expiresIn: -1 }),
  ]);

  await page.getByRole('button', { name: 'Delete deploy_bot' }).click();
  await page
    .getByRole('dialog', { name: 'Delete API key deploy_bot?' })
    .getByRole('button', { name: 'Delete API key' })
    .click();
  await expect(page.getByRole('heading', { name: 'No API keys yet' })).toBeVisible();
  keys = (await sim.state()).apiKeys as KeyState[];
  expect(keys).toEqual([]);
  const revoked = await request.get(`${sim.baseUrl}/api/namespaces/${DEMO_TENANT}`, {
    headers: { 'X-API-KEY': key },
  });
  expect(revoked.status()).toBe(401);
  expect((await sim.state()).rejectedForValidation).toBe(0);
});

test('an operator is told the role cannot manage keys, and nothing is requested', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [{ username: 'otto', password: 'otto-password', role: 'operator' }],
  });
  await signInShellHub(page, sim, { username: 'otto', password: 'otto-password' });
  // Not offered in the navigation; reached by URL (a reload: sign in again), it explains.
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Devices', exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'API keys', exact: true })).toHaveCount(0);
  const home = new URL(page.url()).pathname.match(/^\/c\/[^/]+/)![0];
  await page.goto(`${home}/namespace/api-keys`);
  await fillShellHubLogin(page, { username: 'otto', password: 'otto-password' });
  await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible();
  await expect(page.getByText('Your role (Operator) cannot see or manage API keys.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create API key' })).toHaveCount(0);
  expect(await sim.requests('GET', '/api/namespaces/api-key')).toEqual([]);
});

test('the list pages through the keys and shows a failed load', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  const login = await request.post(`${sim.baseUrl}/api/login`, {
    data: { username: DEMO_USERNAME, password: DEMO_PASSWORD },
  });
  const { token } = (await login.json()) as { token: string };
  for (let index = 1; index <= 23; index += 1) {
    const created = await request.post(`${sim.baseUrl}/api/namespaces/api-key`, {
      headers: { Authorization: `Bearer ${token}` },
      data: { name: `key-${String(index).padStart(2, '0')}`, expires_at: 30 },
    });
    expect(created.ok()).toBe(true);
  }
  await signInShellHub(page, sim, { username: DEMO_USERNAME, password: DEMO_PASSWORD });
  await sim.configure({ fault: '500' });
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'API keys', exact: true })
    .click();
  // two retries of a 500 come first
  await expect(page.getByRole('alert', { name: /^The backend answered 500/ })).toContainText(
    'Could not load the API keys.',
    {
      timeout: 20_000,
    },
  );
  await sim.configure({ fault: 'none' });
  await page.getByRole('button', { name: 'Retry' }).click();

  await expect(page.getByText('23 keys')).toBeVisible();
  await page.getByRole('combobox', { name: 'Sort by' }).click();
  await page.getByRole('option', { name: 'Name' }).click();
  await page.getByRole('combobox', { name: 'Order' }).click();
  await page.getByRole('option', { name: 'Ascending' }).click();
  await expect(page.getByRole('row').nth(1)).toContainText('key-01');
  await page.getByRole('button', { name: '2', exact: true }).click();
  await expect(page.getByRole('row').nth(1)).toContainText('key-21');
  await expect(page.getByRole('row')).toHaveCount(4);
  const listed = await sim.requests('GET', '/api/namespaces/api-key');
  expect(listed.at(-1)?.query).toEqual(['page', 'per_page', 'sort_by', 'order_by']);
});
