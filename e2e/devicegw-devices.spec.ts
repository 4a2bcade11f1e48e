import { expect, test } from './fixtures';
import { createGateway, nav, openGateway, signInGateway } from './devicegw-fixtures';
import { addConnection } from './fixtures';

test('devices page through the Link header, in the chosen order', async ({
  page,
  request,
  baseURL,
}) => {
  const gateway = await createGateway(request, baseURL!, { deviceCount: 23 });
  await openGateway(page, gateway);
  const table = page.getByRole('table', { name: 'Devices' });
  await expect(page.getByText('Devices 1–10, page 1 of 3')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(11);
  await expect(page.getByRole('button', { name: 'Previous' })).toBeDisabled();

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Devices 11–20, page 2 of 3')).toBeVisible();
  await page.getByRole('button', { name: 'Last' }).click();
  await expect(page.getByText('Devices 21–23, page 3 of 3')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(page.getByText('Devices 11–20, page 2 of 3')).toBeVisible();

  await page.getByRole('combobox', { name: 'Order by' }).click();
  await page.getByRole('option', { name: 'Last seen (most recent first)' }).click();
  await expect(page.getByText('Devices 1–10, page 1 of 3')).toBeVisible();
  // Seeded devices are seen 15 minutes apart, device 1 most recently.
  await expect(table.getByRole('row').nth(1)).toContainText('gw-lyon-01');
  await expect(table.getByRole('row').nth(2)).toContainText('gw-oslo-02');

  const log = (await gateway.state()).requestLog.filter((entry) => entry.path === '/v1/devices');
  expect(log.at(-1)?.query).toEqual(['offset', 'limit', 'order-by']);
});

test('a device shows its facts, labels, apps, updates, tests and config', async ({
  page,
  request,
  baseURL,
}) => {
  const gateway = await createGateway(request, baseURL!, { deviceCount: 5 });
  await openGateway(page, gateway);
  await page.getByRole('link', { name: 'gw-lyon-01' }).click();
  await expect(page.getByRole('heading', { name: 'gw-lyon-01', level: 1 })).toBeVisible();
  await expect(page.getByText('Installation completed; succeeded')).toBeVisible();

  await page.getByRole('tab', { name: 'Labels' }).click();
  await expect(
    page.getByText('Label names in use on this gateway: name, group, site.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Add label' }).click();
  await page.getByLabel('Label 3 name').fill('Rack');
  await page.getByLabel('Label 3 value').fill('r12');
  await page.getByRole('button', { name: 'Save labels' }).click();
  await expect(page.getByText('Use lower-case letters, digits, _ . or -')).toBeVisible();
  await page.getByLabel('Label 3 name').fill('rack');
  await page.getByRole('button', { name: 'Save labels' }).click();
  await expect(page.getByText('Labels saved')).toBeVisible();
  const saved = (await gateway.state()).devices.find((device) => device.name === 'gw-lyon-01');
  expect(saved?.labels).toEqual({ name: 'gw-lyon-01', group: 'beta', rack: 'r12' });

  await page.getByLabel('Label 1 value').fill('gw-oslo-02');
  await page.getByRole('button', { name: 'Save labels' }).click();
  await expect(
    page.getByText(`A device with the 'name' label "gw-oslo-02" already exists`, { exact: true }),
  ).toBeVisible();
  await expect(page.getByLabel('Label 1 value')).toHaveValue('gw-oslo-02');

  await page.getByRole('button', { name: 'Remove label 3 (rack)' }).click();
  await expect(page.getByText('rack removed.')).toBeVisible();
  await expect(page.getByLabel('Label 3 name')).toHaveCount(0);
  const patched = (await gateway.state()).devices.find((device) => device.name === 'gw-lyon-01');
  expect(patched?.labels).toEqual({ name: 'gw-lyon-01', group: 'beta' });
  const patches = (await gateway.state()).requestLog.filter((entry) => entry.method === 'PATCH');
  expect(patches).toHaveLength(1);
  expect(patches[0]).toMatchObject({
    method: 'PATCH',
    path: `/v1/devices/${patched?.uuid}/labels`,
    status: 200,
  });

  await page.getByRole('tab', { name: 'Apps states' }).click();
  await expect(page.getByRole('cell', { name: 'mosquitto', exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Updates' }).click();
  await page.getByRole('button', { name: 'Show events' }).click();
  await expect(page.getByRole('cell', { name: 'EcuInstallationCompleted' })).toBeVisible();
  await page.getByRole('tab', { name: 'Tests' }).click();
  await page.getByRole('button', { name: 'Details of test smoke' }).click();
  await expect(page.getByText('booted in 12 s')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download artifact console.log' }).click();
  expect((await download).suggestedFilename()).toBe('console.log');
  await page.getByRole('tab', { name: 'Config' }).click();
  await expect(page.getByText('No config saved at this level yet.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Applied config files' })).toContainText('npmrc');
});

test('deleting explains the denied list and key rotation; restore brings it back', async ({
  page,
  request,
  baseURL,
}) => {
  const gateway = await createGateway(request, baseURL!, { deviceCount: 5 });
  await openGateway(page, gateway);
  const uuid = (await gateway.state()).devices.find((d) => d.name === 'gw-oslo-02')!.uuid;
  await page.getByRole('button', { name: 'Delete gw-oslo-02' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete gw-oslo-02?' });
  await expect(dialog).toContainText('puts it on the denied list');
  await expect(dialog).toContainText('configs, update events and apps states are destroyed');
  await expect(dialog).toContainText('does not support key rotation');
  await expect(dialog).toContainText('re-enrolled from scratch');
  await dialog.getByRole('button', { name: 'Delete device' }).click();
  await expect(page.getByText(`gw-oslo-02 (${uuid}) is now on the denied list.`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'gw-oslo-02' })).toHaveCount(0);
  expect((await gateway.state()).denied).toEqual([uuid]);

  await nav(page, 'Denied devices').click();
  const denied = page.getByRole('table', { name: 'Denied devices' });
  await expect(denied.getByRole('cell', { name: uuid, exact: true })).toBeVisible();
  await page.getByRole('button', { name: `Restore ${uuid}` }).click();
  await page
    .getByRole('dialog', { name: 'Restore this device?' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(page.getByText(`${uuid} is off the denied list`)).toBeVisible();
  await expect(page.getByText('No denied devices')).toBeVisible();
  expect((await gateway.state()).denied).toEqual([]);
  await nav(page, 'Devices').click();
  await expect(page.getByRole('link', { name: 'gw-oslo-02' })).toBeVisible();
});

test('restoring a device that is not denied says so', async ({ page, request, baseURL }) => {
  const gateway = await createGateway(request, baseURL!, { deviceCount: 3 });
  await openGateway(page, gateway);
  await nav(page, 'Denied devices').click();
  await page.getByRole('button', { name: 'Restore device' }).click();
  await expect(page.getByText('Enter a device UUID')).toBeVisible();
  await page.getByLabel('Device UUID').fill('not-a-denied-device');
  await page.getByRole('button', { name: 'Restore device' }).click();
  await expect(page.getByRole('alert', { name: 'The device was not restored' })).toContainText(
    'not-a-denied-device is not on the denied list.',
  );
  await expect(page.getByLabel('Device UUID')).toHaveValue('not-a-denied-device');
  const last = (await gateway.state()).requestLog.at(-1);
  expect(last).toMatchObject({
    method: 'DELETE',
    path: '/v1/denied-devices/not-a-denied-device',
    status: 404,
  });
});

test('a token without a scope is told which scope it lacks', async ({ page, request, baseURL }) => {
  const gateway = await createGateway(request, baseURL!, {
    deviceCount: 3,
    tokens: { 'reader-token': ['devices:read'], 'updates-token': ['updates:read'] },
  });
  await openGateway(page, gateway, 'reader-token');
  await page.getByRole('button', { name: 'Delete gw-lyon-01' }).click();
  await page.getByRole('button', { name: 'Delete device' }).click();
  await expect(page.getByText('This token lacks devices:delete')).toBeVisible();
  expect((await gateway.state()).denied).toEqual([]);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await nav(page, 'Configs').click();
  await page.getByRole('button', { name: 'Edit config' }).click();
  await page.getByRole('button', { name: 'Save config' }).click();
  await expect(page.getByRole('alert', { name: 'The config was not saved' })).toContainText(
    'This token lacks devices:read-update and updates:read-update',
  );

  // A token without devices:read still signs in (403 proves the token), then learns why.
  await addConnection(page, {
    kind: 'Device gateway',
    name: 'Updates only',
    baseUrl: gateway.baseUrl,
  });
  await signInGateway(page, 'updates-token');
  await expect(page.getByRole('alert', { name: 'This token lacks devices:read' })).toBeVisible();
});

test('signing in with a wrong token is rejected next to the field', async ({
  page,
  request,
  baseURL,
}) => {
  const gateway = await createGateway(request, baseURL!);
  await addConnection(page, {
    kind: 'Device gateway',
    name: 'Wrong token',
    baseUrl: gateway.baseUrl,
  });
  await signInGateway(page, 'not-the-token');
  await expect(
    page.getByText('Rejected by the backend (401 Invalid token). Check it and try again.'),
  ).toBeVisible();
  await page.getByLabel('Bearer token').fill('demo-gateway-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Devices', level: 1 })).toBeVisible();
});

test('registering a device returns its files', async ({ page, request, baseURL }) => {
  const gateway = await createGateway(request, baseURL!, { deviceCount: 2 });
  await openGateway(page, gateway);
  await page.getByRole('button', { name: 'Register device' }).click();
  const dialog = page.getByRole('dialog', { name: 'Register device' });
  await dialog.getByRole('button', { name: 'Register' }).click();
  await expect(dialog.getByText('Enter the device UUID')).toBeVisible();
  await expect(dialog.getByText('Paste a PEM certificate request (CSR)')).toBeVisible();
  await dialog.getByLabel('Device UUID').fill('new-device-1');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('gw-new');
  await dialog
    .getByLabel('Certificate request (PEM)')
    .fill(
      '-----BEGIN CERTIFICATE REQUEST-----\nCN=new-device-1\n-----END CERTIFICATE REQUEST-----',
    );
  await dialog.getByRole('button', { name: 'Register' }).click();
  await expect(dialog.getByLabel('sota.toml')).toContainText('base_path = "/var/sota"');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('link', { name: 'gw-new' })).toBeVisible();
});
