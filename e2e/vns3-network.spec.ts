import { expect, test } from './fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

test.describe.configure({ timeout: 90_000 });

test('routes: bad input stays in the form, then add, disable and delete', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim);
  await vns3Nav(page, 'Routes').click();
  await expect(page.getByRole('heading', { name: 'Routes', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Routes' });
  await expect(table.getByRole('row')).toHaveCount(4);

  await page.getByRole('button', { name: 'Add route' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add route' });
  await dialog.getByRole('textbox', { name: 'Network (CIDR)' }).fill('10.60.1.0/16');
  await dialog.getByRole('textbox', { name: 'Gateway' }).fill('192.168.1');
  await dialog.getByRole('textbox', { name: 'Metric' }).fill('70000');
  await dialog.getByRole('button', { name: 'Add route' }).click();
  await expect(dialog.getByText('Host bits are set: did you mean 10.60.0.0/16?')).toBeVisible();
  await expect(dialog.getByText('Choose the interface the route goes out of')).toBeVisible();
  await expect(dialog.getByText('Enter an IPv4 address like 192.0.2.10')).toBeVisible();
  await expect(dialog.getByText('The metric is a whole number from 0 to 65535')).toBeVisible();
  expect(await sim.requestsTo('POST', '/routes')).toEqual([]);

  // A route the controller already has: its 400 lands on the CIDR field, the input stays.
  await dialog.getByRole('textbox', { name: 'Network (CIDR)' }).fill('192.168.1.0/24');
  await dialog.getByRole('textbox', { name: 'Gateway' }).fill('');
  await dialog.getByRole('textbox', { name: 'Metric' }).fill('5');
  await dialog.getByRole('combobox', { name: 'Interface' }).click();
  await page.getByRole('option', { name: 'eth0' }).click();
  await dialog.getByRole('button', { name: 'Add route' }).click();
  await expect(dialog.getByText('cidr: that route already exists in this table')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Metric' })).toHaveValue('5');

  await dialog.getByRole('textbox', { name: 'Network (CIDR)' }).fill('10.60.0.0/16');
  await dialog.getByRole('button', { name: 'Add route' }).click();
  await expect(dialog).toBeHidden();
  const row = table.getByRole('row', { name: /10\.60\.0\.0\/16/ });
  await expect(row).toContainText('eth0');
  const enabled = page.getByRole('switch', { name: 'Route 10.60.0.0/16 enabled' });
  await expect(enabled).toBeChecked();
  await enabled.click({ force: true });
  await expect(enabled).not.toBeChecked();
  expect(await sim.requestsTo('PUT', '/routes/4/disable')).toHaveLength(1);

  await page.getByRole('button', { name: 'Delete route 10.60.0.0/16' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete route' });
  await expect(confirm).toContainText('10.60.0.0/16 via eth0');
  await confirm.getByRole('button', { name: 'Delete route' }).click();
  await expect(row).toHaveCount(0);
  expect(await sim.requestsTo('GET', '/routes')).toHaveLength(1);
  expect(await sim.rejected()).toBe(1);
});

test('peering: MTU and id are checked before a peer is added or removed', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim);
  await vns3Nav(page, 'Peering').click();
  await expect(page.getByRole('heading', { name: 'Peering', level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Controller id' })).toHaveValue('1');
  const peers = page.getByRole('table', { name: 'Peers' });
  await expect(peers.getByRole('row', { name: /198\.51\.100\.77/ })).toContainText('Reachable');

  await page.getByRole('button', { name: 'Add peer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add peer' });
  await dialog.getByRole('textbox', { name: 'Peer controller id' }).fill('17');
  await dialog.getByRole('textbox', { name: 'Peer address' }).fill('bad host!');
  await dialog.getByRole('textbox', { name: 'Overlay MTU' }).fill('4801');
  await dialog.getByRole('button', { name: 'Add peer' }).click();
  await expect(dialog.getByText('A controller id is 1–16')).toBeVisible();
  await expect(dialog.getByText('Enter an IPv4 address or a host name')).toBeVisible();
  await expect(dialog.getByText('The overlay MTU is 500–4800')).toBeVisible();
  expect(await sim.requestsTo('POST', '/peering/peers')).toEqual([]);

  await dialog.getByRole('textbox', { name: 'Peer controller id' }).fill('3');
  await dialog.getByRole('textbox', { name: 'Peer address' }).fill('vns3-c.example.net');
  await dialog.getByRole('textbox', { name: 'Overlay MTU' }).fill('1400');
  await dialog.getByRole('button', { name: 'Add peer' }).click();
  await expect(dialog).toBeHidden();
  await expect(peers.getByRole('row', { name: /vns3-c\.example\.net/ })).toContainText('1400');

  await page.getByRole('button', { name: 'Remove peer 3' }).click();
  await page
    .getByRole('dialog', { name: 'Remove peer' })
    .getByRole('button', { name: 'Remove peer' })
    .click();
  await expect(peers.getByRole('row', { name: /vns3-c\.example\.net/ })).toHaveCount(0);

  await page.getByRole('textbox', { name: 'Controller id' }).fill('0');
  await page.getByRole('button', { name: 'Save controller id' }).click();
  await expect(page.getByText('A controller id is 1–16')).toBeVisible();
  expect(await sim.requestsTo('PUT', '/peering/self')).toEqual([]);
  expect(await sim.rejected()).toBe(0);
});

test('interfaces: GRE interfaces and addresses are validated and saved', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim);
  await vns3Nav(page, 'Interfaces').click();
  await expect(page.getByRole('heading', { name: 'Interfaces', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Edge GRE interfaces' });
  await expect(table.getByRole('row', { name: /gre20/ })).toContainText('gre-frankfurt');

  await page.getByRole('button', { name: 'Add GRE interface' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add GRE interface' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('gre-lab');
  await dialog.getByRole('textbox', { name: 'Inside address' }).fill('169.254.40.1');
  await dialog.getByRole('textbox', { name: 'Prefix length' }).fill('33');
  await dialog.getByRole('textbox', { name: 'Local address' }).fill('192.168.1.230');
  await dialog.getByRole('textbox', { name: 'Remote address' }).fill('203.0.113.9');
  await dialog.getByRole('textbox', { name: 'TTL' }).fill('0');
  await dialog.getByRole('textbox', { name: 'MTU' }).fill('9000');
  await dialog.getByRole('button', { name: 'Add GRE interface' }).click();
  await expect(dialog.getByText('The prefix length is 1–32')).toBeVisible();
  await expect(dialog.getByText('The TTL is 1–255')).toBeVisible();
  await expect(dialog.getByText('The MTU is 500–4800')).toBeVisible();
  expect(await sim.requestsTo('POST', '/interfaces/edge_gre')).toEqual([]);
  await dialog.getByRole('textbox', { name: 'Prefix length' }).fill('30');
  await dialog.getByRole('textbox', { name: 'TTL' }).fill('64');
  await dialog.getByRole('textbox', { name: 'MTU' }).fill('1400');
  await dialog.getByRole('button', { name: 'Add GRE interface' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row', { name: /gre30/ })).toContainText('169.254.40.1/30');

  await page.getByRole('button', { name: 'Addresses of eth0' }).click();
  const addresses = page.getByRole('dialog', { name: 'Addresses of eth0' });
  await addresses.getByRole('textbox', { name: 'Label' }).fill('vip');
  await addresses.getByRole('textbox', { name: 'Address' }).fill('192.168.1.240');
  await addresses.getByRole('textbox', { name: 'Prefix length' }).fill('0');
  await addresses.getByRole('button', { name: 'Add address' }).click();
  await expect(addresses.getByText('The prefix length is 1–32')).toBeVisible();
  await addresses.getByRole('textbox', { name: 'Prefix length' }).fill('32');
  await addresses.getByRole('button', { name: 'Add address' }).click();
  await expect(addresses.getByRole('table', { name: 'Addresses of eth0' })).toContainText(
    '192.168.1.240/32',
  );
  expect(await sim.rejected()).toBe(0);
});

test('links: connect, tag and read the log', async ({ page, request, baseURL }) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim);
  await vns3Nav(page, 'Links').click();
  await expect(page.getByRole('heading', { name: 'Links', level: 1 })).toBeVisible();
  const row = page.getByRole('table', { name: 'Links' }).getByRole('row', { name: /Backup link/ });
  await expect(row).toContainText('disconnected');
  await page.getByRole('button', { name: 'Connect Backup link' }).click();
  await expect(row).toContainText('connected');
  await expect(page.getByRole('button', { name: 'Disconnect Backup link' })).toBeVisible();

  await page.getByRole('button', { name: 'Add tag to Backup link' }).click();
  const tag = page.getByRole('dialog', { name: 'Add tag to Backup link' });
  await tag.getByRole('textbox', { name: 'Key' }).fill('bad key');
  await tag.getByRole('button', { name: 'Add tag' }).click();
  await expect(tag.getByText('Up to 64 letters, digits, . - or _')).toBeVisible();
  expect(await sim.requestsTo('POST', '/links/2/tags')).toEqual([]);
  await tag.getByRole('textbox', { name: 'Key' }).fill('env');
  await tag.getByRole('textbox', { name: 'Value' }).fill('prod');
  await tag.getByRole('button', { name: 'Add tag' }).click();
  await expect(row).toContainText('env=prod');
  await page.getByRole('button', { name: 'Remove tag env from Backup link' }).click();
  await expect(row).not.toContainText('env=prod');

  await page.getByRole('button', { name: 'Add link' }).click();
  const add = page.getByRole('dialog', { name: 'Add link' });
  await add.getByRole('textbox', { name: 'Name' }).fill('Paris link');
  await add.getByRole('textbox', { name: 'Link id' }).fill('1000');
  await add.getByRole('button', { name: 'Add link' }).click();
  await expect(
    add.getByText('The link id is 1–999 (it names the interface lnk<id>)'),
  ).toBeVisible();
  await expect(add.getByText('Paste the WireGuard or OpenVPN client configuration')).toBeVisible();
  await add.getByText('From another controller').click();
  await add.getByRole('textbox', { name: 'Controller address' }).fill('not a host');
  await add.getByRole('button', { name: 'Add link' }).click();
  await expect(
    add.getByText('Enter the other controller’s IPv4 address or host name'),
  ).toBeVisible();
  await expect(add.getByText('Enter the other controller’s API password or token')).toBeVisible();
  expect(await sim.requestsTo('POST', '/links')).toEqual([]);
  await add.getByRole('textbox', { name: 'Link id' }).fill('7');
  await add.getByRole('textbox', { name: 'Controller address' }).fill('vns3-paris.example.net');
  await add.getByLabel('Password or token').fill('paris-api-password');
  await add.getByRole('button', { name: 'Add link' }).click();
  await expect(add).toBeHidden();
  await expect(
    page.getByRole('table', { name: 'Links' }).getByRole('row', { name: /Paris link/ }),
  ).toContainText('lnk7 → vns3-paris.example.net');

  await page.getByRole('button', { name: 'Log of Backup link' }).click();
  await expect(page.getByLabel('Log of Backup link', { exact: true }).last()).toContainText(
    'lnk2: connected by API',
  );
  expect(await sim.rejected()).toBe(0);
});
