import type { Page } from '@playwright/test';
import {
  type Appliance,
  addConnection,
  createAppliance,
  expect,
  openFromNav,
  expectNoAxeViolations,
  signIn,
  test,
} from './fixtures';

async function openNetwork(page: Page, appliance: Appliance, name = 'Network appliance') {
  await addConnection(page, { name, baseUrl: appliance.baseUrl });
  await signIn(page, 'net-token');
  await openFromNav(page, 'Network');
}

test.describe('network settings', () => {
  let appliance: Appliance;

  test.beforeEach(async ({ request, baseURL }) => {
    appliance = await createAppliance(request, baseURL!, { token: 'net-token' });
  });

  test('shows the current settings and applies a new static address, keeping app', async ({
    page,
  }) => {
    await openNetwork(page, appliance);
    const current = page.getByRole('table', { name: 'Current network settings' });
    await expect(current.getByRole('row', { name: 'IP address 192.168.1.100' })).toBeVisible();
    await expect(page.getByText('Static address', { exact: true })).toBeVisible();
    await expect(
      page.getByText(/can make the appliance unreachable at its current URL/),
    ).toBeVisible();

    await page.getByRole('textbox', { name: 'IP address' }).fill('10.20.30.40');
    await page.getByRole('textbox', { name: 'Netmask or prefix' }).fill('/24');
    await page.getByRole('textbox', { name: 'Gateway' }).fill('10.20.30.1');
    await page.getByRole('textbox', { name: 'Hostname' }).fill('edge-01.example.lan');
    await page.getByRole('textbox', { name: 'DNS server 2' }).fill('');
    await page.getByRole('button', { name: 'Apply settings' }).click();

    const dialog = page.getByRole('dialog', { name: 'Change the address of Network appliance?' });
    await expect(dialog).toContainText('moves from 192.168.1.100 to 10.20.30.40');
    await dialog.getByRole('button', { name: 'Apply settings' }).click();

    await expect(page.getByText(/^Applying…/)).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Network settings applied' }),
    ).toBeVisible();
    await expect(current.getByRole('row', { name: 'IP address 10.20.30.40' })).toBeVisible();
    await expect(current.getByRole('row', { name: 'DNS server 2 Not set' })).toBeVisible();

    const state = await appliance.state();
    expect(state.settings).toEqual({
      network: {
        mode: 'static',
        interface: 'eth0',
        hostname: 'edge-01.example.lan',
        ip_address: '10.20.30.40',
        netmask: '/24',
        gateway: '10.20.30.1',
        dns1: '192.168.1.2',
        ntpserver: 'pool.ntp.org',
      },
      app: { name: 'switchboard-demo' },
    });
    const posts = await appliance.requests('POST', 'settings');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ query: ['hash'], status: 202 });
    expect(state.rejectedForValidation).toBe(0);
  });

  test('switches to DHCP: address fields are left out and the change is read back', async ({
    page,
  }) => {
    await openNetwork(page, appliance);
    await page.getByRole('radio', { name: 'DHCP' }).check();
    await expect(page.getByRole('textbox', { name: 'IP address' })).toBeHidden();
    await page.getByRole('button', { name: 'Apply settings' }).click();
    await page
      .getByRole('dialog', { name: /Change the address/ })
      .getByRole('button', { name: 'Apply settings' })
      .click();

    await expect(
      page.getByRole('status').filter({ hasText: 'Network settings applied' }),
    ).toBeVisible();
    await expect(page.getByText('DHCP', { exact: true }).first()).toBeVisible();
    const state = await appliance.state();
    const settings = state.settings as { network: Record<string, unknown>; app: unknown };
    expect(settings.network.mode).toBe('dhcp');
    expect(Object.keys(settings.network).sort()).toEqual(
      ['dns1', 'dns2', 'hostname', 'interface', 'mode', 'ntpserver'].sort(),
    );
    expect(settings.app).toEqual({ name: 'switchboard-demo' });
  });

  test('applies an IPv6 static address', async ({ page }) => {
    await openNetwork(page, appliance);
    await page.getByRole('textbox', { name: 'IP address' }).fill('fd00::10');
    await page.getByRole('textbox', { name: 'Netmask or prefix' }).fill('64');
    await page.getByRole('textbox', { name: 'Gateway' }).fill('fd00::1');
    await page.getByRole('textbox', { name: 'DNS server 1' }).fill('2606:4700:4700::1111');
    await page.getByRole('button', { name: 'Apply settings' }).click();
    await page
      .getByRole('dialog', { name: /Change the address/ })
      .getByRole('button', { name: 'Apply settings' })
      .click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Network settings applied' }),
    ).toBeVisible();
    const network = ((await appliance.state()).settings as { network: Record<string, unknown> })
      .network;
    expect(network).toMatchObject({
      mode: 'static',
      ip_address: 'fd00::10',
      netmask: '64',
      gateway: 'fd00::1',
      dns1: '2606:4700:4700::1111',
    });
  });

  test('invalid settings are explained on their fields and never sent', async ({ page }) => {
    await openNetwork(page, appliance);
    const input = (name: string) => page.getByRole('textbox', { name });
    await input('Interface').fill('e0');
    await input('Hostname').fill('bad host');
    await input('IP address').fill('10.0.0.256');
    await input('Netmask or prefix').fill('255.0.255.0');
    await input('Gateway').fill('fd00::1');
    await input('DNS server 1').fill('dns.google');
    await input('DNS server 2').fill('1'.repeat(46));
    await input('NTP server').fill('ntp_server');
    await page.getByRole('button', { name: 'Apply settings' }).click();

    await expect(input('Interface')).toHaveAccessibleDescription(/Use 3 to 14 characters/);
    await expect(input('Interface')).toBeFocused();
    await expect(input('Hostname')).toHaveAccessibleDescription(
      /Use letters and digits, dots \(\.\) and hyphens \(-\) only/,
    );
    await expect(input('IP address')).toHaveAccessibleDescription(/Enter an IPv4 or IPv6 address/);
    await expect(input('Netmask or prefix')).toHaveAttribute('aria-invalid', 'true');
    await expect(input('DNS server 1')).toHaveAccessibleDescription(
      /Use digits, a–f, dots \(\.\) and colons \(:\) only/,
    );
    await expect(input('DNS server 2')).toHaveAccessibleDescription(/Use 3 to 45 characters/);
    await expect(input('NTP server')).toHaveAccessibleDescription(/colons \(:\) only/);

    // Fix the address: now the gateway of the other family is the remaining address problem.
    await input('IP address').fill('10.0.0.25');
    await page.getByRole('button', { name: 'Apply settings' }).click();
    await expect(input('Netmask or prefix')).toHaveAccessibleDescription(
      /Enter a netmask such as 255\.255\.255\.0, or a prefix length from \/1 to \/32/,
    );
    await expect(input('Gateway')).toHaveAccessibleDescription(/Enter an IPv4 gateway/);

    // An empty required field in static mode.
    await input('Interface').fill('');
    await page.getByRole('button', { name: 'Apply settings' }).click();
    await expect(input('Interface')).toHaveAccessibleDescription(/Enter the interface name/);
    await expect(page.getByRole('dialog')).toBeHidden();

    const state = await appliance.state();
    expect(state.rejectedForValidation).toBe(0);
    expect(await appliance.requests('POST', 'settings')).toEqual([]);
  });

  test('a 400 naming a field is shown on that field, and nothing typed is lost', async ({
    page,
  }) => {
    // The client already enforces every documented rule, so the real appliance (and the
    // simulator) cannot be made to refuse a value the form lets through; the 400 is answered
    // here, with the appliance's own wording, to prove the mapping.
    await openNetwork(page, appliance);
    const message = 'Invalid string length for option: interface. Allowed: >= 3 and <= 14';
    await page.route(/\/api\/v1\/admin\/settings\?/, async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      await route.fulfill({
        status: 400,
        headers: { 'Content-Type': 'application/json', 'Error-Message': message },
        body: JSON.stringify({ Status: '400 Bad Request', 'Error-Message': message }),
      });
    });
    await page.getByRole('textbox', { name: 'Hostname' }).fill('kept.example.lan');
    await page.getByRole('textbox', { name: 'Interface' }).fill('ens192');
    await page.getByRole('button', { name: 'Apply settings' }).click();

    const iface = page.getByRole('textbox', { name: 'Interface' });
    await expect(iface).toHaveAccessibleDescription(new RegExp(message.replace(/[.>=<]/g, '\\$&')));
    await expect(iface).toBeFocused();
    await expect(iface).toHaveValue('ens192');
    await expect(page.getByRole('textbox', { name: 'Hostname' })).toHaveValue('kept.example.lan');
    await expect(page.getByText(/^Applying…/)).toBeHidden();
  });

  test('a server error without a field is shown with its status; the form keeps its values', async ({
    page,
  }) => {
    await openNetwork(page, appliance);
    await page.getByRole('textbox', { name: 'Hostname' }).fill('kept.example.lan');
    await appliance.configure({ fault: '500', faultCount: 1 });
    await page.getByRole('button', { name: 'Apply settings' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The settings were not applied' });
    await expect(alert).toContainText('500');
    await expect(page.getByRole('textbox', { name: 'Hostname' })).toHaveValue('kept.example.lan');
    expect(
      ((await appliance.state()).settings as { network: { hostname: string } }).network.hostname,
    ).toBe('appliance.example.lan');
  });

  test('keeps polling while the appliance does not answer, and says so', async ({ page }) => {
    await appliance.configure({ jobStepMs: 6000 });
    await openNetwork(page, appliance);
    await page.getByRole('textbox', { name: 'Hostname' }).fill('moving.example.lan');
    await page.getByRole('button', { name: 'Apply settings' }).click();
    await expect(page.getByText(/^Applying…/)).toBeVisible();
    // Chromium silently retries a GET whose reused connection closes, so drop several.
    await appliance.configure({ fault: 'drop', faultCount: 12 });
    await expect(page.getByText(/The appliance does not answer at/)).toBeVisible({
      timeout: 10_000,
    });
    await expect(page.getByText(/Elapsed: [1-9]\d* s/)).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Network settings applied' }),
    ).toBeVisible({
      timeout: 15_000,
    });
    expect(
      ((await appliance.state()).settings as { network: { hostname: string } }).network.hostname,
    ).toBe('moving.example.lan');
  });

  test('without settings (404) says so and still lets them be set', async ({ page }) => {
    await appliance.configure({ settings: null });
    await openNetwork(page, appliance);
    await expect(page.getByRole('heading', { name: 'No network settings yet' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'DHCP' })).toBeChecked();
    await page.getByRole('textbox', { name: 'Interface' }).fill('eth1');
    await page.getByRole('textbox', { name: 'Hostname' }).fill('fresh.example.lan');
    await page.getByRole('button', { name: 'Apply settings' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Network settings applied' }),
    ).toBeVisible();
    const settings = (await appliance.state()).settings as { network: Record<string, unknown> };
    expect(settings.network).toEqual({
      mode: 'dhcp',
      interface: 'eth1',
      hostname: 'fresh.example.lan',
    });
  });

  test('when the endpoint is disabled the page is hidden and says so', async ({ page }) => {
    await appliance.configure({ endpoints: [] });
    await addConnection(page, { name: 'Bare appliance', baseUrl: appliance.baseUrl });
    await signIn(page, 'net-token');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Overview' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Network' })).toHaveCount(0);
    // A fresh load (sessions live in memory) signs in again and comes back to the URL.
    await page.goto(`${/^.*\/c\/[^/]+/.exec(page.url())![0]}/system/network`);
    await signIn(page, 'net-token');
    await expect(page).toHaveURL(/\/system\/network$/);
    await expect(
      page.getByRole('heading', { name: 'Not enabled on this appliance' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Apply settings' })).toHaveCount(0);
  });

  test('has no axe violations, with and without errors', async ({ page }) => {
    await openNetwork(page, appliance);
    await expect(page.getByRole('table', { name: 'Current network settings' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('textbox', { name: 'Interface' }).fill('x');
    await page.getByRole('button', { name: 'Apply settings' }).click();
    await expect(page.getByRole('textbox', { name: 'Interface' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expectNoAxeViolations(page);
  });
});
