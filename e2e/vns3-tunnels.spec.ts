import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { type Vns3Sim, addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

interface EndpointSnapshot {
  id: number;
  name: string;
  ipaddress: string;
  psk: string;
  ikeVersion: number;
  tunnels: unknown[];
}

/** The simulator's IPsec endpoints, as its control snapshot lists them. */
async function endpointsOf(sim: Vns3Sim): Promise<EndpointSnapshot[]> {
  return (await sim.state()).ipsecEndpoints as EndpointSnapshot[];
}

// Each test signs in through the UI and walks several dialogs; the shared machine is slow.
test.describe.configure({ timeout: 90_000 });

async function openTunnels(page: Page) {
  await vns3Nav(page, 'IPsec tunnels').click();
  await expect(page.getByRole('heading', { name: 'IPsec tunnels', level: 1 })).toBeVisible();
}

test('endpoints list their tunnels with live status and moving byte counters', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim);
  await openTunnels(page);
  const frankfurt = page.getByRole('table', { name: 'Tunnels of Datacenter Frankfurt' });
  const up = frankfurt.getByRole('row', { name: /172\.16\.0\.0\/16/ });
  await expect(up.getByText('Connected')).toBeVisible();
  await expect(
    frankfurt.getByRole('row', { name: /172\.17\.0\.0\/16/ }).getByText('Down'),
  ).toBeVisible();
  const lyon = page.getByRole('table', { name: 'Tunnels of Branch office Lyon' });
  await expect(
    lyon.getByRole('row', { name: /192\.168\.60\.0\/24/ }).getByText('Disabled'),
  ).toBeVisible();
  const received = up.getByRole('cell').nth(3);
  await expect(received).toHaveText(/^\d+(\.\d)? (MB|GB)$/);
  const before = await received.textContent();
  await expect(received).not.toHaveText(before ?? '', { timeout: 15_000 });
  await expect(page.getByText(/psk-/)).toHaveCount(0);
  expect((await sim.requestsTo('GET', '/status/ipsec')).length).toBeGreaterThanOrEqual(2);

  await page.getByRole('button', { name: 'Restart IPsec' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restart IPsec' });
  await expect(confirm).toContainText('Restart the IPsec subsystem of Lab controller?');
  await confirm.getByRole('button', { name: 'Restart IPsec' }).click();
  await expect(page.getByText('IPsec restarted')).toBeVisible();
  expect(await sim.requestsTo('POST', '/ipsec')).toHaveLength(1);
});

test('a new endpoint is validated in the form, then created with its PSK', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim);
  await openTunnels(page);
  await page.getByRole('button', { name: 'Add endpoint' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add endpoint' });
  await dialog.getByRole('textbox', { name: 'Remote gateway IP' }).fill('203.0.113.300');
  await dialog.getByRole('textbox', { name: 'IKE / ESP algorithms' }).fill('phase3=aes');
  await dialog.getByRole('button', { name: 'Add endpoint' }).click();
  await expect(dialog.getByText('Enter a name')).toBeVisible();
  await expect(dialog.getByText('Enter an IPv4 address like 192.0.2.10')).toBeVisible();
  await expect(dialog.getByText('Enter the pre-shared key')).toBeVisible();
  await expect(dialog.getByText(/Use phase1=… and phase2=…/)).toBeVisible();

  await dialog.getByRole('textbox', { name: 'Name' }).fill('Datacenter Frankfurt');
  await dialog.getByRole('textbox', { name: 'Remote gateway IP' }).fill('203.0.113.30');
  await dialog.getByLabel('Pre-shared key').fill('s3cret-key-Paris');
  await expect(dialog.getByLabel('Pre-shared key')).toHaveAttribute('type', 'password');
  await dialog
    .getByRole('textbox', { name: 'IKE / ESP algorithms' })
    .fill('phase1=aes256-sha2_256-dh14');
  expect(await sim.requestsTo('POST', '/ipsec/endpoints')).toEqual([]);
  await dialog.getByRole('button', { name: 'Add endpoint' }).click();
  // The controller refuses a second endpoint with the same name: the message lands on the field.
  await expect(dialog.getByText('name is already used by another endpoint')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Remote gateway IP' })).toHaveValue(
    '203.0.113.30',
  );

  await dialog.getByRole('textbox', { name: 'Name' }).fill('Paris office');
  await dialog.getByRole('button', { name: 'Add endpoint' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'Paris office' })).toBeVisible();
  const endpoints = await endpointsOf(sim);
  expect(endpoints.find((endpoint) => endpoint.name === 'Paris office')).toMatchObject({
    psk: 's3cret-key-Paris',
    ipaddress: '203.0.113.30',
  });
  expect(await sim.rejected()).toBe(1);
});

test('tunnels are added, disabled, bounced and deleted on the endpoint page', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim);
  await openTunnels(page);
  await page.getByRole('link', { name: 'AWS us-east-1' }).click();
  await expect(page.getByRole('heading', { name: 'AWS us-east-1', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Pre-shared key (hidden)')).toHaveText(/^•+$/);
  await page.getByRole('button', { name: 'Reveal pre-shared key' }).click();
  await expect(page.getByLabel('Pre-shared key', { exact: true })).toHaveText(
    'psk-aws-us-east-1-7f3a',
  );

  await page.getByRole('button', { name: 'Add tunnel' }).click();
  const dialog = page.getByRole('dialog', { name: /Add tunnel/ });
  await dialog.getByRole('textbox', { name: 'Local subnet' }).fill('10.10.0.0/33');
  await dialog.getByRole('textbox', { name: 'Remote subnet' }).fill('10.201.0.9/16');
  await dialog.getByRole('textbox', { name: 'Ping interval (s)' }).fill('0');
  await dialog.getByRole('button', { name: 'Add tunnel' }).click();
  await expect(dialog.getByText('The prefix length must be between 0 and 32')).toBeVisible();
  await expect(dialog.getByText('Host bits are set: did you mean 10.201.0.0/16?')).toBeVisible();
  await expect(dialog.getByText('The ping interval is 1–3600 seconds')).toBeVisible();
  expect(await sim.requestsTo('POST', /^\/ipsec\/endpoints\/3\/tunnels$/)).toEqual([]);

  await dialog.getByRole('textbox', { name: 'Local subnet' }).fill('10.10.0.0/16');
  await dialog.getByRole('textbox', { name: 'Remote subnet' }).fill('10.201.0.0/16');
  await dialog.getByRole('textbox', { name: 'Ping interval (s)' }).fill('');
  await dialog.getByRole('button', { name: 'Add tunnel' }).click();
  await expect(dialog).toBeHidden();
  const tunnels = page.getByRole('table', { name: 'Tunnels' });
  const row = tunnels.getByRole('row', { name: /10\.201\.0\.0\/16/ });
  await expect(row.getByText('Connected')).toBeVisible();

  await page.getByRole('button', { name: 'Disable tunnel 10.10.0.0/16 ↔ 10.201.0.0/16' }).click();
  await expect(row.getByText('Disabled')).toBeVisible();
  await page.getByRole('button', { name: 'Enable tunnel 10.10.0.0/16 ↔ 10.201.0.0/16' }).click();
  await expect(row.getByText('Connected')).toBeVisible();
  await page.getByRole('button', { name: 'Bounce tunnel 10.10.0.0/16 ↔ 10.201.0.0/16' }).click();
  await expect(page.getByText('Tunnel bounced')).toBeVisible();
  await page
    .getByRole('button', { name: 'History of tunnel 10.10.0.0/16 ↔ 10.201.0.0/16' })
    .click();
  const history = page.getByRole('table', { name: 'Link history' });
  await expect(history.getByRole('row')).toHaveCount(6);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Delete tunnel 10.10.0.0/16 ↔ 10.201.0.0/16' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete tunnel' });
  await expect(confirm).toContainText('10.10.0.0/16 ↔ 10.201.0.0/16 of AWS us-east-1');
  await confirm.getByRole('button', { name: 'Delete tunnel' }).click();
  await expect(row).toHaveCount(0);
  const endpoints = await endpointsOf(sim);
  expect(endpoints.find((endpoint) => endpoint.id === 3)?.tunnels).toHaveLength(1);
  expect(await sim.rejected()).toBe(0);
});

test('a refused tunnel shows the controller’s status and message and keeps the input', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!, { tunnelLimit: 6 });
  await addAndSignInVns3(page, sim);
  await openTunnels(page);
  await page.getByRole('link', { name: 'Datacenter Frankfurt' }).click();
  await page.getByRole('button', { name: 'Add tunnel' }).click();
  const dialog = page.getByRole('dialog', { name: /Add tunnel/ });
  await dialog.getByRole('textbox', { name: 'Remote subnet' }).fill('10.99.0.0/16');
  await dialog.getByRole('button', { name: 'Add tunnel' }).click();
  await expect(dialog.getByRole('alert')).toContainText('403: Licensed IPsec subnet limit reached');
  await expect(dialog.getByRole('textbox', { name: 'Remote subnet' })).toHaveValue('10.99.0.0/16');
});

test('traffic pairs and eBGP peers are validated and managed', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim);
  await openTunnels(page);
  await page.getByRole('link', { name: 'Branch office Lyon' }).click();
  await expect(page.getByRole('heading', { name: 'Branch office Lyon', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Add traffic pair' }).click();
  const pairDialog = page.getByRole('dialog', { name: /Add traffic pair/ });
  await pairDialog.getByRole('textbox', { name: 'Remote subnet' }).fill('192.168.90.0/24');
  await pairDialog.getByRole('button', { name: 'Add traffic pair' }).click();
  await expect(pairDialog.getByText('Enter the local network, e.g. 10.0.0.0/24')).toBeVisible();
  await pairDialog.getByRole('textbox', { name: 'Local subnet' }).fill('10.10.3.0/24');
  await pairDialog.getByRole('button', { name: 'Add traffic pair' }).click();
  await expect(pairDialog).toBeHidden();
  const pairs = page.getByRole('table', { name: 'Traffic pairs' });
  await expect(pairs.getByRole('row')).toHaveCount(3);
  const toggle = page.getByRole('switch', {
    name: 'Traffic pair 10.10.3.0/24 ↔ 192.168.90.0/24 enabled',
  });
  await expect(toggle).toBeChecked();
  await toggle.click({ force: true });
  await expect(toggle).not.toBeChecked();
  expect(await sim.requestsTo('PUT', '/ipsec/endpoints/2/traffic_pairs/2/disable')).toHaveLength(1);
  await page
    .getByRole('button', { name: 'Delete traffic pair 10.10.3.0/24 ↔ 192.168.90.0/24' })
    .click();
  await page
    .getByRole('dialog', { name: 'Delete traffic pair' })
    .getByRole('button', { name: 'Delete traffic pair' })
    .click();
  await expect(pairs.getByRole('row')).toHaveCount(2);

  await page.getByRole('button', { name: 'Add eBGP peer' }).click();
  const peerDialog = page.getByRole('dialog', { name: /Add eBGP peer/ });
  await peerDialog.getByRole('textbox', { name: 'Peer IP' }).fill('169.254.20.2');
  await peerDialog.getByRole('textbox', { name: 'Peer ASN' }).fill('4294967296');
  await peerDialog
    .getByRole('textbox', { name: 'Access list' })
    .fill('in permit 192.168.0.0/16\nout allow 10.0.0.0/8');
  await peerDialog.getByRole('textbox', { name: 'Hold time (s)' }).fill('2');
  await peerDialog.getByRole('button', { name: 'Add peer' }).click();
  await expect(
    peerDialog.getByText('The ASN is a whole number from 1 to 4294967295'),
  ).toBeVisible();
  await expect(
    peerDialog.getByText('“out allow 10.0.0.0/8” is not “in|out permit|deny a.b.c.d/n”'),
  ).toBeVisible();
  await expect(peerDialog.getByText('The hold time is 3–65535 seconds')).toBeVisible();
  expect(await sim.requestsTo('POST', '/ipsec/endpoints/2/ebgp_peers')).toEqual([]);
  await peerDialog.getByRole('textbox', { name: 'Peer ASN' }).fill('65020');
  await peerDialog
    .getByRole('textbox', { name: 'Access list' })
    .fill('in permit 192.168.0.0/16\nout permit 10.0.0.0/8');
  await peerDialog.getByRole('textbox', { name: 'Hold time (s)' }).fill('30');
  await peerDialog.getByLabel('BGP password').fill('bgp-pass');
  await peerDialog.getByRole('button', { name: 'Add peer' }).click();
  await expect(peerDialog).toBeHidden();
  const peers = page.getByRole('table', { name: 'eBGP peers' });
  await expect(
    peers.getByRole('row', { name: /169\.254\.20\.2 65020 30 s \/ 30 s/ }),
  ).toBeVisible();
  await expect(page.getByText('bgp-pass')).toHaveCount(0);
  expect(await sim.rejected()).toBe(0);
});

test('editing an endpoint keeps its PSK unless a new one is typed; tunnels are edited in place', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim);
  await openTunnels(page);
  await page.getByRole('link', { name: 'Branch office Lyon' }).click();
  await page.getByRole('button', { name: 'Edit endpoint' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit endpoint Branch office Lyon' });
  await expect(dialog.getByLabel('Pre-shared key')).toHaveValue('');
  await dialog.getByText('IKEv2', { exact: true }).click();
  await expect(dialog.getByRole('radio', { name: 'IKEv2' })).toBeChecked();
  await dialog.getByRole('textbox', { name: 'VTI interface address' }).fill('169.254.20.1/40');
  await dialog.getByRole('button', { name: 'Save endpoint' }).click();
  await expect(dialog.getByText('Enter an address with prefix, e.g. 169.254.0.1/30')).toBeVisible();
  expect(await sim.requestsTo('PUT', '/ipsec/endpoints/2')).toEqual([]);
  await dialog.getByRole('textbox', { name: 'VTI interface address' }).fill('169.254.20.5/30');
  await dialog.getByRole('button', { name: 'Save endpoint' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('IKEv2', { exact: true })).toBeVisible();
  const endpoints = await endpointsOf(sim);
  expect(endpoints.find((endpoint) => endpoint.id === 2)).toMatchObject({
    psk: 'psk-branch-office-lyon-7f3a',
    ikeVersion: 2,
  });

  await page.getByRole('button', { name: 'Edit tunnel 10.10.0.0/24 ↔ 192.168.50.0/24' }).click();
  const edit = page.getByRole('dialog', { name: /Edit tunnel/ });
  await edit.getByRole('textbox', { name: 'Description' }).fill('Lyon LAN');
  await edit.getByRole('button', { name: 'Save tunnel' }).click();
  await expect(edit).toBeHidden();
  await expect(
    page.getByRole('table', { name: 'Tunnels' }).getByRole('row', { name: /192\.168\.50\.0\/24/ }),
  ).toContainText('Lyon LAN');
  expect(await sim.rejected()).toBe(0);
});
