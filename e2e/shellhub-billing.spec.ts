import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  DEMO_PASSWORD,
  DEMO_TENANT,
  DEMO_USERNAME,
  type ShellHub,
  createShellHub,
  fillShellHubLogin,
  signInShellHub,
} from './shellhub-fixtures';

test.describe.configure({ timeout: 120_000 });

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

interface BillingState {
  customerId: string | null;
  paymentMethods: { id: string; last4: string }[];
  defaultPaymentMethod: string | null;
  subscription: { status: string } | null;
  deviceChoices: string[];
  reports: { action: string }[];
}

async function billing(sim: ShellHub): Promise<BillingState | undefined> {
  const state = (await sim.state()) as unknown as { billing: Record<string, BillingState> };
  return state.billing[DEMO_TENANT];
}

test('the owner creates the customer, manages cards and subscribes', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await signInShellHub(page, sim, { username: DEMO_USERNAME, password: DEMO_PASSWORD });
  await openFromNavSlow(page, 'Billing');
  await expect(page.getByText('No active subscription')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Subscribe' })).toBeDisabled();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Create billing customer' }).click();
  await expect(page.getByText(/Customer cus_/)).toBeVisible();
  await expect(page.getByText('No cards yet.')).toBeVisible();

  const chooseCard = async (label: string) => {
    await page.getByRole('combobox', { name: 'Card to add' }).click();
    await page.getByRole('option', { name: label }).click();
    await page.getByRole('button', { name: 'Add card' }).click();
  };
  await chooseCard('Visa ending 0002 (declined)');
  await expect(page.getByRole('alert').filter({ hasText: 'not changed' })).toContainText(
    '400 Bad Request: Your card was declined.',
  );
  await chooseCard('Visa ending 4242');
  await expect(page.getByRole('row').filter({ hasText: 'Visa ending 4242' })).toContainText(
    'Default',
  );
  await chooseCard('Mastercard ending 4444');
  await page.getByRole('button', { name: 'Make Mastercard ending 4444 the default' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Mastercard ending 4444' })).toContainText(
    'Default',
  );

  await page.getByRole('button', { name: 'Remove Visa ending 4242' }).click();
  await page
    .getByRole('dialog', { name: 'Remove Visa ending 4242?' })
    .getByRole('button', { name: 'Remove card' })
    .click();
  await expect(page.getByRole('row').filter({ hasText: 'Visa ending 4242' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByText('active', { exact: true })).toBeVisible();
  await expect(page.getByText('$12.00')).toBeVisible();
  await expect(page.getByText('Can accept devices')).toBeVisible();

  const saved = await billing(sim);
  expect(saved?.paymentMethods.map((method) => method.last4)).toEqual(['4444']);
  expect(saved?.defaultPaymentMethod).toBe(saved?.paymentMethods[0]?.id);
  expect(saved?.subscription?.status).toBe('active');
  expect((await sim.state()).rejectedForValidation).toBe(0);
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.waitForTimeout(300);
  await expectNoAxeViolations(page);
});

test('over the free limit the owner chooses at most three devices to keep', async ({
  page,
  request,
  baseURL,
}) => {
  const devices = ['alpha', 'bravo', 'charlie', 'delta', 'echo'].map((name, index) => ({
    uid: `uid-${index}`,
    name,
  }));
  const sim = await createShellHub(request, baseURL!, {
    billing: { maxDevices: 3, devicesMostUsed: devices },
  });
  await signInShellHub(page, sim, { username: DEMO_USERNAME, password: DEMO_PASSWORD });
  await openFromNavSlow(page, 'Billing');
  await expect(page.getByText('Cannot accept devices')).toBeVisible();
  await expect(page.getByText('Cannot connect')).toBeVisible();

  for (const name of ['alpha', 'charlie', 'echo']) {
    await page.getByRole('checkbox', { name }).check();
  }
  await expect(page.getByRole('checkbox', { name: 'bravo' })).toBeDisabled();
  await page.getByRole('checkbox', { name: 'echo' }).uncheck();
  await page.getByRole('checkbox', { name: 'delta' }).check();
  await page.getByRole('button', { name: 'Keep selected devices' }).click();
  await expect(page.getByText('3 devices stay usable on the free plan.')).toBeVisible();
  await expect(page.getByText('Can connect', { exact: true })).toBeVisible();
  expect((await billing(sim))?.deviceChoices).toEqual(['uid-0', 'uid-2', 'uid-3']);
  expect((await sim.requests('POST', '/api/billing/evaluate')).length).toBe(2);
});

test('deleting a subscribed namespace reports it to billing first', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    billing: { paymentMethods: ['pm_card_visa'], subscription: 'active' },
  });
  await signInShellHub(page, sim, { username: DEMO_USERNAME, password: DEMO_PASSWORD });
  await openFromNavSlow(page, 'Namespace', 'Namespace settings');
  await page.getByRole('button', { name: 'Delete namespace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete demo?' });
  await dialog.getByRole('textbox', { name: 'Type demo to confirm' }).fill('demo');
  await dialog.getByRole('button', { name: 'Delete namespace' }).click();
  // demo has no other namespace: the session ends
  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toBeVisible();
  const log = await sim.requests();
  const report = log.findIndex((entry) => entry.path === '/api/billing/report');
  const remove = log.findIndex(
    (entry) => entry.method === 'DELETE' && entry.path === `/api/namespaces/${DEMO_TENANT}`,
  );
  expect(report).toBeGreaterThan(-1);
  expect(report).toBeLessThan(remove);
  expect(log[report]?.query).toEqual(['action']);
});

test('billing is for the owner only: an administrator is told so and nothing is requested', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [{ username: 'ada', password: 'ada-password', role: 'administrator' }],
  });
  await signInShellHub(page, sim, { username: 'ada', password: 'ada-password' });
  // Not offered in the navigation; reached by URL (a reload: sign in again), it explains.
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Devices', exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Billing', exact: true })).toHaveCount(0);
  const home = new URL(page.url()).pathname.match(/^\/c\/[^/]+/)![0];
  await page.goto(`${home}/namespace/billing`);
  await fillShellHubLogin(page, { username: 'ada', password: 'ada-password' });
  await expect(page.getByRole('heading', { name: 'Billing', level: 1 })).toBeVisible();
  await expect(
    page.getByText('Your role (Administrator) cannot see or change billing; only the owner can.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Subscription' })).toHaveCount(0);
  expect(await sim.requests(undefined, /^\/api\/billing\//)).toEqual([]);
});
