import { type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  DEMO_PASSWORD,
  DEMO_TENANT,
  DEMO_USERNAME,
  type ShellHub,
  createShellHub,
  signInShellHub,
} from './shellhub-fixtures';

// The shared test machine is slow; the steps themselves keep their own timeouts.
test.describe.configure({ timeout: 90_000 });

const DEMO = { username: DEMO_USERNAME, password: DEMO_PASSWORD };
const ACCEPT = /^\/api\/devices\/[^/]+\/accept$/;

interface BillingState {
  deviceChoices: string[];
  reports: { action: string }[];
}

async function billing(sim: ShellHub): Promise<BillingState | undefined> {
  const state = (await sim.state()) as unknown as { billing: Record<string, BillingState> };
  return state.billing[DEMO_TENANT];
}

async function openPending(page: Page, sim: ShellHub) {
  await signInShellHub(page, sim, DEMO);
  await expect(page.getByRole('heading', { name: 'Devices', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Pending' }).click();
  return page.getByRole('table', { name: 'Pending devices' });
}

test('in a billed namespace the owner’s accept is reported to billing (device_accept)', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    billing: { paymentMethods: ['pm_card_visa'], subscription: 'active' },
  });
  const pending = await openPending(page, sim);
  await pending.getByRole('button', { name: 'Accept new-sensor-07' }).click();
  await expect(page.getByText('new-sensor-07 is now accepted.')).toBeVisible();

  const log = (await sim.state()).requestLog;
  const accept = log.findIndex((entry) => entry.method === 'PATCH' && ACCEPT.test(entry.path));
  const report = log.findIndex((entry) => entry.path === '/api/billing/report');
  expect(log[accept]?.status).toBe(200);
  expect(report).toBeGreaterThan(accept);
  expect(log[report]).toMatchObject({ method: 'POST', query: ['action'], status: 200 });
  expect((await billing(sim))?.reports.map((entry) => entry.action)).toEqual(['device_accept']);
  // Billed: nothing to evaluate first.
  expect(await sim.requests('POST', '/api/billing/evaluate')).toHaveLength(0);
});

test('without a subscription the owner’s accept asks billing first; unbilled, nothing is reported', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  const pending = await openPending(page, sim);
  await pending.getByRole('button', { name: 'Accept new-sensor-07' }).click();
  await expect(page.getByText('new-sensor-07 is now accepted.')).toBeVisible();
  const log = (await sim.state()).requestLog;
  const evaluate = log.findIndex((entry) => entry.path === '/api/billing/evaluate');
  const accept = log.findIndex((entry) => entry.method === 'PATCH' && ACCEPT.test(entry.path));
  expect(evaluate).toBeGreaterThan(-1);
  expect(accept).toBeGreaterThan(evaluate);
  expect(await sim.requests('POST', '/api/billing/report')).toHaveLength(0);
});

test('at the free device limit the accept opens the device choice instead', async ({
  page,
  request,
  baseURL,
}) => {
  const devices = ['alpha', 'bravo', 'charlie'].map((name, index) => ({
    uid: `uid-${index}`,
    name,
  }));
  const sim = await createShellHub(request, baseURL!, {
    billing: { maxDevices: 3, devicesMostUsed: devices },
  });
  const pending = await openPending(page, sim);
  await pending.getByRole('button', { name: 'Accept new-sensor-07' }).click();
  const dialog = page.getByRole('dialog', { name: 'Device limit reached' });
  await expect(dialog.getByText('new-sensor-07 was not accepted')).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Subscribe on the Billing page' })).toBeVisible();
  await expectNoAxeViolations(page);

  await dialog.getByRole('button', { name: 'Keep these devices' }).click();
  await expect(dialog.getByText('Choose at least one device')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'alpha' }).check();
  await dialog.getByRole('checkbox', { name: 'charlie' }).check();
  await dialog.getByRole('button', { name: 'Keep these devices' }).click();
  await expect(page.getByText('2 devices stay usable on the free plan.')).toBeVisible();
  await expect(dialog).toBeHidden();

  expect((await billing(sim))?.deviceChoices).toEqual(['uid-0', 'uid-2']);
  expect(await sim.requests('PATCH', ACCEPT)).toHaveLength(0);
  expect(await sim.requests('POST', '/api/billing/report')).toHaveLength(0);
  await expect(pending.getByRole('button', { name: 'Accept new-sensor-07' })).toBeVisible();
  expect((await sim.state()).rejectedForValidation).toBe(0);
});
