import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

// Whole flows on a machine shared by many test runs.
test.describe.configure({ timeout: 120_000 });
// Axe scans follow saves whose toasts would otherwise still be fading in or out.
test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

async function pick(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('webhooks and alerts: create, toggle, test and delete', async ({ page, request, baseURL }) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim, 'Alert controller');
  await vns3Nav(page, 'Alerts').click();
  const alerts = page.getByRole('table', { name: 'Alerts' });
  await expect(
    alerts.getByRole('row', { name: /Tunnel down Operations chat tunnel_down Enabled/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('tab', { name: 'Webhooks' }).click();
  await page.getByLabel('Webhook name').fill('Pager');
  await page.getByLabel('Webhook URL').fill('ftp://pager.example.com');
  await page.getByRole('button', { name: 'Create webhook' }).click();
  await expect(page.getByText('Enter an http:// or https:// URL')).toBeVisible();
  await page.getByLabel('Webhook URL').fill('https://fail.example.com/pager');
  await page.getByRole('button', { name: 'Create webhook' }).click();
  await expect(
    page.getByRole('table', { name: 'Webhooks' }).getByRole('row', { name: /Pager/ }),
  ).toBeVisible();

  await page.getByRole('tab', { name: 'Alerts' }).click();
  await page.getByLabel('Alert name').fill('Pager alert');
  await page.getByRole('button', { name: 'Create alert' }).click();
  await expect(page.getByText('Choose a webhook')).toBeVisible();
  await expect(page.getByText('Choose at least one event')).toBeVisible();
  await pick(page, 'Send to webhook', 'Pager');
  await page.getByRole('combobox', { name: 'Events' }).click();
  await page.getByRole('option', { name: 'controller_reboot' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Create alert' }).click();
  const row = alerts.getByRole('row', { name: /Pager alert/ });
  await expect(row).toContainText('controller_reboot');
  await expect(row).toContainText('Enabled');

  await row.getByRole('button', { name: 'Disable Pager alert' }).click();
  await expect(row).toContainText('Disabled');
  await row.getByRole('button', { name: 'Test Pager alert' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Test of Pager alert' })).toContainText(
    'failed (502): POST https://fail.example.com/pager answered 502',
  );
  await row.getByRole('button', { name: 'Delete Pager alert' }).click();
  await page
    .getByRole('dialog', { name: 'Delete alert Pager alert?' })
    .getByRole('button', { name: 'Delete alert' })
    .click();
  await expect(row).toHaveCount(0);
  expect((await sim.state()).alerts).toEqual([{ name: 'Tunnel down', enabled: true }]);
  expect(await sim.requestsTo('POST', /^\/alert\/\d+\/toggle_enabled$/)).toHaveLength(1);

  await page.getByRole('tab', { name: 'VNS3:ms' }).click();
  await page.getByLabel('VNS3:ms address').fill('10.0.0');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter the IPv4 address of VNS3:ms')).toBeVisible();
  await page.getByLabel('VNS3:ms address').fill('10.0.0.5');
  await page.getByLabel('Send alerts to VNS3:ms').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('VNS3:ms settings saved')).toBeVisible();
  await page.getByRole('button', { name: 'Send test alert' }).click();
  await expect(page.getByText('Test alert sent to VNS3:ms')).toBeVisible();
  expect(await sim.state()).toMatchObject({ ms: { ip: '10.0.0.5', alert_enabled: true } });
  expect(await sim.rejected()).toBe(0);
});

test('packet monitors: create, start, stop, download the capture, delete', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim, 'Capture controller');
  await vns3Nav(page, 'Packet monitors').click();
  await expect(page.getByText('No packet monitors')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Monitor name').fill('web capture');
  await pick(page, 'Type', 'NetFlow (send to a collector)');
  await page.getByLabel('Collector').fill('10.0.3.2:4000');
  await page.getByRole('button', { name: 'Create packet monitor' }).click();
  await expect(page.getByText('Use 1 to 32 letters, digits, dashes or underscores')).toBeVisible();
  await expect(
    page.getByText('Enter host:<IPv4>:<port>, for example host:10.0.3.2:4000'),
  ).toBeVisible();
  await page.getByLabel('Monitor name').fill('web_capture');
  await pick(page, 'Type', 'pcap (capture to a file)');
  await page.getByLabel('Filter').fill('-p 8000');
  await page.getByRole('button', { name: 'Create packet monitor' }).click();

  const row = page
    .getByRole('table', { name: 'Packet monitors' })
    .getByRole('row', { name: /web_capture/ });
  await expect(row).toContainText('pcap');
  await expect(row).toContainText('Stopped');
  await row.getByRole('button', { name: 'Download capture of web_capture' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The capture was not downloaded' }),
  ).toContainText('404: No capture data yet');
  await row.getByRole('button', { name: 'Start web_capture' }).click();
  await expect(row).toContainText('Running');
  await row.getByRole('button', { name: 'Stop web_capture' }).click();
  await expect(row).toContainText('Stopped');
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: 'Download capture of web_capture' }).click();
  expect((await download).suggestedFilename()).toBe('web_capture.tar.gz');

  await row.getByRole('button', { name: 'Delete web_capture' }).click();
  await page
    .getByRole('dialog', { name: 'Delete packet monitor web_capture?' })
    .getByRole('button', { name: 'Delete monitor' })
    .click();
  await expect(page.getByText('No packet monitors')).toBeVisible();
  expect(await sim.rejected()).toBe(0);
});

test('alerts and webhooks are read afresh before editing, then saved', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim, 'Edit controller');
  await vns3Nav(page, 'Alerts').click();
  const alerts = page.getByRole('table', { name: 'Alerts' });
  await alerts.getByRole('button', { name: 'Edit Tunnel down' }).click();
  const alertDialog = page.getByRole('dialog', { name: 'Edit alert Tunnel down' });
  const alertName = alertDialog.getByLabel('Alert name');
  await expect(alertName).toHaveValue('Tunnel down');
  expect(await sim.requestsTo('GET', '/alert/2')).toHaveLength(1);
  await alertName.fill('');
  await alertDialog.getByRole('button', { name: 'Save alert' }).click();
  await expect(alertDialog.getByText('Enter a name')).toBeVisible();
  await alertName.fill('Tunnel down or up');
  await alertDialog.getByRole('combobox', { name: 'Events' }).click();
  await page.getByRole('option', { name: 'tunnel_up', exact: true }).click();
  await page.keyboard.press('Escape');
  await alertDialog.getByRole('button', { name: 'Save alert' }).click();
  await expect(alertDialog).toHaveCount(0);
  const row = alerts.getByRole('row', { name: /Tunnel down or up/ });
  await expect(row).toContainText('tunnel_down, tunnel_up');
  expect(await sim.requestsTo('PUT', '/alert/2')).toHaveLength(1);

  await page.getByRole('tab', { name: 'Webhooks' }).click();
  await page.getByRole('button', { name: 'Edit Operations chat' }).click();
  const hookDialog = page.getByRole('dialog', { name: 'Edit webhook Operations chat' });
  const hookUrl = hookDialog.getByLabel('Webhook URL');
  await expect(hookUrl).toHaveValue('https://hooks.example.com/ops');
  expect(await sim.requestsTo('GET', '/webhook/1')).toHaveLength(1);
  await hookUrl.fill('hooks.example.com/ops');
  await hookDialog.getByRole('button', { name: 'Save webhook' }).click();
  await expect(hookDialog.getByText('Enter an http:// or https:// URL')).toBeVisible();
  await hookUrl.fill('https://hooks.example.com/ops-v2');
  await hookDialog.getByLabel('Validate the server certificate').uncheck();
  await hookDialog.getByRole('button', { name: 'Save webhook' }).click();
  await expect(hookDialog).toHaveCount(0);
  await expect(
    page.getByRole('table', { name: 'Webhooks' }).getByRole('row', { name: /Operations chat/ }),
  ).toContainText('https://hooks.example.com/ops-v2');
  await expectNoAxeViolations(page);
  expect(await sim.rejected()).toBe(0);
});

test('a packet monitor is read afresh for its details', async ({ page, request, baseURL }) => {
  const sim = await createVns3(request, baseURL!);
  const auth = {
    Authorization: `Basic ${Buffer.from('api:demo-api-password').toString('base64')}`,
  };
  const monitor = {
    name: 'conntrack',
    type: 'conntrack',
    interface: 'eth0',
    filter: null,
    duration: 'forever',
    destination: 'file',
  };
  expect(
    (
      await request.post(`${sim.baseUrl}/api/packet_monitor`, { headers: auth, data: monitor })
    ).ok(),
  ).toBe(true);
  await addAndSignInVns3(page, sim, 'Monitor controller');
  await vns3Nav(page, 'Packet monitors').click();
  await page.getByRole('button', { name: 'Details of conntrack' }).click();
  const details = page
    .getByRole('dialog', { name: 'Packet monitor conntrack' })
    .getByRole('table', { name: 'Details of conntrack' });
  await expect(details).toContainText('Destinationfile');
  await expect(details).toContainText('Statusstopped');
  expect(await sim.requestsTo('GET', '/packet_monitor/conntrack')).toHaveLength(1);
});
