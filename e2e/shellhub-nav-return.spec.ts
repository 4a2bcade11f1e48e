import { type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  DEMO_PASSWORD,
  DEMO_USERNAME,
  createShellHub,
  fillShellHubLogin,
  signInShellHub,
} from './shellhub-fixtures';

// The shared test machine is slow; the steps themselves keep their own timeouts.
test.describe.configure({ timeout: 90_000 });

const DEMO = { username: DEMO_USERNAME, password: DEMO_PASSWORD };
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });
const navLink = (page: Page, name: string) =>
  mainNav(page).getByRole('link', { name, exact: true });

test('nav entries follow the role: billing for owners, API keys from administrator up', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [
      { username: 'olive', password: 'olive-pass', role: 'observer' },
      { username: 'adam', password: 'adam-pass', role: 'administrator' },
    ],
  });
  await signInShellHub(page, sim, { username: 'olive', password: 'olive-pass' });
  await expect(navLink(page, 'Devices')).toBeVisible();
  await expect(navLink(page, 'Members')).toBeVisible();
  await expect(navLink(page, 'Billing')).toHaveCount(0);
  await expect(navLink(page, 'API keys')).toHaveCount(0);

  // The command palette offers the same pages as the nav.
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const search = page.getByRole('textbox', { name: 'Command palette search' });
  await search.fill('members');
  await expect(palette.getByRole('button', { name: /^Members.*Lab ShellHub/ })).toHaveCount(1);
  await search.fill('billing');
  await expect(palette.getByRole('button', { name: /^Billing.*Lab ShellHub/ })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Reached by URL, the page still says why it is not available.
  const home = new URL(page.url()).pathname.match(/^\/c\/[^/]+/)![0];
  await page.goto(`${home}/namespace/billing`);
  await fillShellHubLogin(page, { username: 'olive', password: 'olive-pass' });
  await expect(page.getByRole('heading', { name: 'Billing', level: 1 })).toBeVisible();
  await expect(page.getByText('Your role (Observer) cannot see or change billing')).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await sim.requests('GET', '/api/billing/subscription')).toHaveLength(0);

  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: /^Sign out of/ }).click();
  await fillShellHubLogin(page, { username: 'adam', password: 'adam-pass' });
  await expect(navLink(page, 'API keys')).toBeVisible();
  await expect(navLink(page, 'Billing')).toHaveCount(0);
});

test('signing in again after a reload returns to the filtered list, query string and all', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await signInShellHub(page, sim, DEMO);
  await expect(page.getByRole('heading', { name: 'Devices', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Rejected' }).click();
  await page.getByRole('searchbox', { name: 'Search by name' }).fill('gateway');
  await expect(page).toHaveURL(/status=rejected&q=gateway/);
  const filtered = new URL(page.url());

  // The session was not remembered: a reload signs out of the connection.
  await page.reload();
  await expect(page).toHaveURL(/\/signin\?next=/);
  await fillShellHubLogin(page, DEMO);
  await expect(page.getByRole('heading', { name: 'Devices', level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(filtered.pathname);
  expect(new URL(page.url()).search).toBe(filtered.search);
  await expect(page.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('gateway');
  await expect(page.getByRole('tab', { name: 'Rejected' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('table', { name: 'Rejected devices' }).getByRole('row')).toHaveCount(
    2,
  );

  // A token the server stops accepting does the same.
  await sim.configure({ revokeTokens: true });
  await page.getByRole('tab', { name: 'Pending' }).click();
  await expect(page.getByText(/session was ended because the backend rejected/)).toBeVisible();
  await fillShellHubLogin(page, DEMO);
  await expect(page.getByRole('tab', { name: 'Pending' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('gateway');
  await expect(page).toHaveURL(/status=pending&q=gateway/);
});
