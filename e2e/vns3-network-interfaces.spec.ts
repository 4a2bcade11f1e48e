import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { type Vns3Sim, addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

test.describe.configure({ timeout: 90_000 });

interface SystemInterfaceSnapshot {
  id: number;
  name: string;
  description: string;
  ipInternal: string | null;
  maskBits: string;
  mtu: number;
  enabled: boolean;
  addresses: { label: string; ipInternal: string; maskBits: number; gateway: string | null }[];
}

const systemInterfaces = async (sim: Vns3Sim) =>
  (await sim.state()).systemInterfaces as SystemInterfaceSnapshot[];

async function openInterfaces(page: Page, sim: Vns3Sim) {
  await addAndSignInVns3(page, sim);
  await vns3Nav(page, 'Interfaces').click();
  await expect(page.getByRole('heading', { name: 'Interfaces', level: 1 })).toBeVisible();
}

test('system interfaces: bad input stays in the form; added, edited after a fresh read, deleted', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openInterfaces(page, sim);
  const table = page.getByRole('table', { name: 'System interfaces' });
  await expect(
    table.getByRole('row', { name: /^eth0 Auto-created interface System 192\.168\.1\.211\/24/ }),
  ).toContainText('System default');
  await expect(page.getByRole('button', { name: 'Edit eth0' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Add system interface' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add system interface' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('eth 1');
  await dialog.getByRole('textbox', { name: 'Internal address' }).fill('10.20.0.256');
  await dialog.getByRole('textbox', { name: 'Prefix length' }).fill('33');
  await dialog.getByRole('textbox', { name: 'MTU' }).fill('9002');
  await dialog.getByRole('button', { name: 'Add interface' }).click();
  await expect(dialog.getByText('Up to 15 letters, digits, . : - or _')).toBeVisible();
  await expect(dialog.getByText('Enter an IPv4 address like 192.0.2.10')).toBeVisible();
  await expect(dialog.getByText('The prefix length is 1–32')).toBeVisible();
  await expect(dialog.getByText('The MTU is 500–9001')).toBeVisible();
  expect(await sim.requestsTo('POST', '/interfaces/system')).toEqual([]);

  await dialog.getByRole('textbox', { name: 'Name' }).fill('eth1');
  await dialog.getByRole('textbox', { name: 'Internal address' }).fill('10.20.0.5');
  await dialog.getByRole('textbox', { name: 'Prefix length' }).fill('24');
  await dialog.getByRole('textbox', { name: 'MTU' }).fill('9001');
  await dialog.getByRole('textbox', { name: 'Description' }).fill('Storage VLAN');
  await dialog.getByRole('button', { name: 'Add interface' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    table.getByRole('row', { name: /^eth1 Storage VLAN Virtual 10\.20\.0\.5\/24 .* 9001 Up/ }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Edit eth1' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit interface eth1' });
  await expect(edit.getByRole('textbox', { name: 'Description' })).toHaveValue('Storage VLAN');
  const created = (await systemInterfaces(sim)).find((item) => item.name === 'eth1')!;
  expect(await sim.requestsTo('GET', `/interfaces/system/${created.id}`)).toHaveLength(1);
  await edit.getByRole('textbox', { name: 'Gateway' }).fill('10.20.0');
  await edit.getByRole('button', { name: 'Save interface' }).click();
  await expect(edit.getByText('Enter an IPv4 address like 192.0.2.10')).toBeVisible();
  await edit.getByRole('textbox', { name: 'Gateway' }).fill('10.20.0.1');
  await edit.getByRole('textbox', { name: 'MTU' }).fill('1400');
  await edit.getByRole('checkbox', { name: 'Enabled' }).uncheck();
  await edit.getByRole('button', { name: 'Save interface' }).click();
  await expect(edit).toBeHidden();
  await expect(table.getByRole('row', { name: /^eth1 .* 10\.20\.0\.1 1400 Down/ })).toBeVisible();
  expect((await systemInterfaces(sim)).find((item) => item.name === 'eth1')).toMatchObject({
    mtu: 1400,
    enabled: false,
    gateway: '10.20.0.1',
  });
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Delete eth1' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete interface' });
  await expect(confirm).toContainText('Delete the interface eth1 (10.20.0.5/24)?');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(await sim.requestsTo('DELETE', `/interfaces/system/${created.id}`)).toHaveLength(0);
  await page.getByRole('button', { name: 'Delete eth1' }).click();
  await confirm.getByRole('button', { name: 'Delete interface' }).click();
  await expect(table.getByRole('row', { name: /^eth1/ })).toHaveCount(0);
  expect((await systemInterfaces(sim)).map((item) => item.name)).toEqual(['eth0', 'lo', 'tun0']);
  expect(await sim.rejected()).toBe(0);
});

test('addresses and GRE interfaces are read fresh before editing; removal asks first', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openInterfaces(page, sim);
  await page.getByRole('button', { name: 'Addresses of eth0' }).click();
  const addresses = page.getByRole('dialog', { name: 'Addresses of eth0' });
  await addresses.getByRole('textbox', { name: 'Label' }).fill('vip');
  await addresses.getByRole('textbox', { name: 'Address' }).fill('192.168.1.240');
  await addresses.getByRole('button', { name: 'Add address' }).click();
  const list = addresses.getByRole('table', { name: 'Addresses of eth0' });
  await expect(list).toContainText('192.168.1.240/32');

  await addresses.getByRole('button', { name: 'Edit address 192.168.1.240' }).click();
  await expect(
    addresses.getByRole('heading', { name: 'Edit address 192.168.1.240' }),
  ).toBeVisible();
  await expect(addresses.getByRole('textbox', { name: 'Label' })).toHaveValue('vip');
  expect(await sim.requestsTo('GET', /^\/interfaces\/system\/4\/addresses\/\d+$/)).toHaveLength(1);
  await addresses.getByRole('textbox', { name: 'Address' }).fill('192.168.1.300');
  await addresses.getByRole('button', { name: 'Save address' }).click();
  await expect(addresses.getByText('Enter an IPv4 address like 192.0.2.10')).toBeVisible();
  expect(await sim.requestsTo('PUT', /\/addresses\//)).toHaveLength(0);
  await addresses.getByRole('textbox', { name: 'Address' }).fill('192.168.1.241');
  await addresses.getByRole('textbox', { name: 'Gateway' }).fill('192.168.1.1');
  await addresses.getByRole('button', { name: 'Save address' }).click();
  await expect(list.getByRole('row', { name: 'vip 192.168.1.241/32 192.168.1.1' })).toBeVisible();
  await expect(addresses.getByRole('heading', { name: 'Add an address' })).toBeVisible();

  await addresses.getByRole('button', { name: 'Remove address 192.168.1.241' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove address' });
  await expect(confirm).toContainText('Remove vip (192.168.1.241/32) from eth0?');
  await confirm.getByRole('button', { name: 'Remove address' }).click();
  await expect(addresses.getByText('No extra addresses.')).toBeVisible();
  expect((await systemInterfaces(sim)).find((item) => item.name === 'eth0')!.addresses).toEqual([]);
  await addresses.getByRole('button', { name: 'Close', exact: true }).click();

  const gre = page.getByRole('table', { name: 'Edge GRE interfaces' });
  await page.getByRole('button', { name: 'Edit gre20' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit GRE interface gre20' });
  await expect(edit.getByRole('textbox', { name: 'Name' })).toHaveValue('gre-frankfurt');
  expect(await sim.requestsTo('GET', '/interfaces/edge_gre/20')).toHaveLength(1);
  await edit.getByRole('textbox', { name: 'TTL' }).fill('300');
  await edit.getByRole('button', { name: 'Save GRE interface' }).click();
  await expect(edit.getByText('The TTL is 1–255')).toBeVisible();
  await edit.getByRole('textbox', { name: 'TTL' }).fill('128');
  await edit.getByRole('button', { name: 'Save GRE interface' }).click();
  await expect(edit).toBeHidden();
  await expect(gre.getByRole('row', { name: /^gre20 .* 128 / })).toBeVisible();
  expect(await sim.requestsTo('GET', '/interfaces/edge_gre')).not.toHaveLength(0);
  expect(await sim.rejected()).toBe(0);
});

test('links: a link is read fresh, then renamed and given policies; an empty name is refused', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim);
  await vns3Nav(page, 'Links').click();
  await expect(page.getByRole('heading', { name: 'Links', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Edit Backup link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit link Backup link' });
  const name = dialog.getByRole('textbox', { name: 'Name' });
  await expect(name).toHaveValue('Backup link');
  expect(await sim.requestsTo('GET', '/links/2')).toHaveLength(1);
  await name.fill('  ');
  await dialog.getByRole('button', { name: 'Save link' }).click();
  await expect(dialog.getByText('Enter a name')).toBeVisible();
  expect(await sim.requestsTo('PUT', '/links/2')).toHaveLength(0);

  await name.fill('Backup to Lyon');
  await dialog
    .getByRole('textbox', { name: 'Policies' })
    .fill('PersistentKeepalive = 15\nMTU = 1400');
  await dialog.getByRole('button', { name: 'Save link' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('table', { name: 'Links' }).getByRole('row', { name: /Backup to Lyon/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Edit Backup to Lyon' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Edit link Backup to Lyon' }).getByRole('textbox', {
      name: 'Policies',
    }),
  ).toHaveValue('PersistentKeepalive = 15\nMTU = 1400');
  expect(await sim.rejected()).toBe(0);
});
