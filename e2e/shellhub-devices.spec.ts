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

interface DevicesSnapshot {
  devices: { name: string; status: string; tags: string[] }[];
  rejectedForValidation: number;
}

async function openDevices(page: Page, sim: ShellHub) {
  await signInShellHub(page, sim, { username: DEMO_USERNAME, password: DEMO_PASSWORD });
  await expect(page.getByRole('heading', { name: 'Devices', level: 1 })).toBeVisible();
}

const snapshot = async (sim: ShellHub) => (await sim.state()) as unknown as DevicesSnapshot;

test('devices: tabs, search kept in the URL, accept, reject and remove', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await openDevices(page, sim);
  await expect(page.getByText('8 accepted, 5 online, 2 pending, 2 rejected')).toBeVisible();
  const accepted = page.getByRole('table', { name: 'Accepted devices' });
  await expect(accepted.getByRole('row')).toHaveCount(9);
  await expectNoAxeViolations(page);

  await page.getByRole('tab', { name: 'Pending' }).click();
  const pending = page.getByRole('table', { name: 'Pending devices' });
  await expect(pending.getByRole('row')).toHaveCount(3);
  await pending.getByRole('button', { name: 'Accept new-sensor-07' }).click();
  await expect(page.getByText('new-sensor-07 is now accepted.')).toBeVisible();
  await expect(pending.getByRole('row')).toHaveCount(2);
  await pending.getByRole('button', { name: 'Reject new-sensor-08' }).click();
  await expect(page.getByText('new-sensor-08 is now rejected.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No pending devices' })).toBeVisible();
  await expect(page.getByText('9 accepted, 6 online, 0 pending, 3 rejected')).toBeVisible();

  await page.getByRole('tab', { name: 'Rejected' }).click();
  await page.getByRole('searchbox', { name: 'Search by name' }).fill('gateway');
  await expect(page).toHaveURL(/status=rejected&q=gateway/);
  const rejected = page.getByRole('table', { name: 'Rejected devices' });
  await expect(rejected.getByRole('row')).toHaveCount(2);
  // Leaving and coming back through history restores the list from the URL.
  await openFromNav(page, 'Sessions');
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('gateway');
  await expect(page.getByRole('tab', { name: 'Rejected' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(rejected.getByRole('row').nth(1)).toContainText('old-gateway');

  await rejected.getByRole('button', { name: 'Remove old-gateway' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove old-gateway?' });
  await dialog.getByRole('button', { name: 'Remove device' }).click();
  await expect(page.getByText('old-gateway was removed from the namespace.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No matching devices' })).toBeVisible();

  const state = await snapshot(sim);
  expect(state.devices.find((device) => device.name === 'new-sensor-07')?.status).toBe('accepted');
  expect(state.devices.find((device) => device.name === 'new-sensor-08')?.status).toBe('rejected');
  expect(state.devices.some((device) => device.name === 'old-gateway')).toBe(false);
  const searched = (await sim.requests('GET', '/api/devices')).at(-1);
  expect(searched?.query).toEqual(['status', 'filter', 'sort_by', 'order_by', 'page', 'per_page']);
});

test('10,000 devices: server pages of 100, virtualized rows, state kept in the URL', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, { deviceCount: 10_000 });
  await openDevices(page, sim);
  await expect(page.getByText('Devices 1–25 of 10,000, page 1 of 400')).toBeVisible();

  await page.getByRole('combobox', { name: 'Per page' }).click();
  await page.getByRole('option', { name: '100' }).click();
  await page.getByRole('combobox', { name: 'Sort by' }).click();
  await page.getByRole('option', { name: 'Name' }).click();
  await page.getByRole('combobox', { name: 'Order' }).click();
  await page.getByRole('option', { name: 'Ascending' }).click();
  await expect(page.getByText('Devices 1–100 of 10,000, page 1 of 100')).toBeVisible();
  const table = page.getByRole('table', { name: 'Accepted devices' });
  await expect(table).toHaveAttribute('aria-rowcount', '101');
  await expect(table.getByRole('row').nth(1)).toContainText('device-00001');
  // Only the rows in view (plus overscan) are in the DOM.
  const rendered = await table.getByRole('row').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(40);

  await page.getByRole('button', { name: 'Last' }).click();
  await expect(page.getByText('Devices 9,901–10,000 of 10,000, page 100 of 100')).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toContainText('device-09901');
  await expect(page).toHaveURL(/sort=name&order=asc&page=100&per_page=100/);

  await openFromNav(page, 'Containers');
  await page.goBack();
  await expect(page.getByText('Devices 9,901–10,000 of 10,000, page 100 of 100')).toBeVisible();
  await page.getByRole('region', { name: 'Accepted devices list' }).evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(table.getByRole('link', { name: 'device-10000' })).toBeVisible();

  const pages = await sim.requests('GET', '/api/devices');
  expect(pages.every((entry) => entry.status === 200)).toBe(true);
});

test('devices: empty namespace, then an error with retry', async ({ page, request, baseURL }) => {
  const sim = await createShellHub(request, baseURL!, { emptyNamespace: true });
  await openDevices(page, sim);
  await expect(page.getByRole('heading', { name: 'No accepted devices' })).toBeVisible();

  await sim.configure({ fault: '500' });
  await page.getByRole('tab', { name: 'Pending' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the devices.' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('500');
  await sim.configure({ fault: 'none' });
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: 'No pending devices' })).toBeVisible();
});

test('device page: rename with checks and conflicts, tags added, removed and replaced', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await openDevices(page, sim);
  await page.getByRole('link', { name: 'edge-lyon-01' }).click();
  await expect(page.getByRole('heading', { name: 'edge-lyon-01', level: 1 })).toBeVisible();
  await expect(page.getByText('Debian GNU/Linux 12 (bookworm)')).toBeVisible();

  await page.getByRole('button', { name: 'Rename' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename edge-lyon-01' });
  const name = dialog.getByRole('textbox', { name: 'Name' });
  await name.fill('edge lyon!');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(
    dialog.getByText('Use letters, digits and hyphens, not at the start or end'),
  ).toBeVisible();
  await name.fill('edge-oslo-01');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(dialog.getByText('a device named edge-oslo-01 already exists')).toBeVisible();
  await expect(name).toHaveValue('edge-oslo-01');
  await name.fill('edge-lyon-99');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('heading', { name: 'edge-lyon-99', level: 1 })).toBeVisible();

  const newTag = page.getByRole('textbox', { name: 'New tag' });
  await newTag.fill('no');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByText('A tag has at least 3 characters')).toBeVisible();
  await newTag.fill('rack12');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'rack12' })).toBeVisible();
  await expect(newTag).toBeDisabled();
  await page.getByRole('button', { name: 'Remove tag lyon' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'lyon' })).toBeHidden();
  await expect(newTag).toBeEnabled();

  await page.getByRole('button', { name: 'Replace tags' }).click();
  const tagsDialog = page.getByRole('dialog', { name: 'Tags of edge-lyon-99' });
  const input = tagsDialog.getByLabel('Tags', { exact: true });
  await input.press('Backspace');
  await input.fill('hall');
  await input.press('Enter');
  // Keyboard: the toasts of the earlier tag changes cover the button.
  await tagsDialog.getByRole('button', { name: 'Save tags' }).press('Enter');
  await expect(page.getByText('edge-lyon-99: production, hall.')).toBeVisible();

  const state = await snapshot(sim);
  expect(state.devices.find((device) => device.name === 'edge-lyon-99')?.tags).toEqual([
    'production',
    'hall',
  ]);
  expect(state.rejectedForValidation).toBe(0);
  expect(await sim.requests('PUT', /\/tags$/)).toHaveLength(1);
  expect(await sim.requests('POST', /\/tags$/)).toHaveLength(1);
});
