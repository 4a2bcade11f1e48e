import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { type Vns3Sim, addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

// Whole user journeys with axe scans, on a machine shared with other test runs.
test.slow();

async function openSets(page: Page, sim: Vns3Sim) {
  await addAndSignInVns3(page, sim);
  await vns3Nav(page, 'Firewall sets').click();
  await expect(page.getByRole('heading', { name: 'Firewall sets', level: 1 })).toBeVisible();
}

test('a group is renamed and gets an existing rule; bad names and no rule never leave the dialog', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openSets(page, sim);
  const groups = page.getByRole('table', { name: 'Rule groups' });

  await page.getByRole('button', { name: 'Edit group VPN2Internet' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit group VPN2Internet' });
  const name = edit.getByRole('textbox', { name: 'Name' });
  await expect(name).toHaveValue('VPN2Internet');
  expect(await sim.requestsTo('GET', '/v2/firewall/rule-groups/VPN2Internet')).toHaveLength(1);
  await name.fill('to internet');
  await edit.getByRole('button', { name: 'Save group' }).click();
  await expect(edit.getByText('Use letters, digits, _ or -')).toBeVisible();
  await name.fill('BlockVPN2VPN');
  await edit.getByRole('button', { name: 'Save group' }).click();
  await expect(edit.getByText('BlockVPN2VPN already exists')).toBeVisible();
  expect(await sim.requestsTo('PUT', /^\/v2\/firewall\/rule-groups\//)).toHaveLength(0);

  await name.fill('Internet');
  await edit.getByRole('textbox', { name: 'Description' }).fill('Out to the internet');
  await sim.configure({ fault: '500', faultCount: 1 });
  await edit.getByRole('button', { name: 'Save group' }).click();
  await expect(edit.getByRole('alert')).toContainText('500');
  await expect(name).toHaveValue('Internet');
  await edit.getByRole('button', { name: 'Save group' }).click();
  await expect(edit).toHaveCount(0);
  await expect(groups.getByRole('row', { name: /^Internet Out to the internet 2/ })).toBeVisible();
  await expect(groups.getByRole('row', { name: /^VPN2Internet/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Add a rule to BlockVPN2VPN' }).click();
  const add = page.getByRole('dialog', { name: 'Add a rule to BlockVPN2VPN' });
  await add.getByRole('button', { name: 'Add rule' }).click();
  await expect(add.getByText('Choose a rule')).toBeVisible();
  expect(await sim.requestsTo('POST', '/v2/firewall/rule-groups/BlockVPN2VPN/rules')).toHaveLength(
    0,
  );
  await add.getByRole('combobox', { name: 'Rule' }).fill('dport 8000');
  await page.getByRole('option', { name: '3: INPUT -p tcp --dport 8000 -j ACCEPT' }).click();
  await add.getByRole('button', { name: 'Add rule' }).click();
  await expect(add).toHaveCount(0);
  await expect(
    groups.getByRole('row', { name: /^BlockVPN2VPN Keep overlay clients apart 2/ }),
  ).toBeVisible();
  expect(await sim.requestsTo('POST', '/v2/firewall/rule-groups/BlockVPN2VPN/rules')).toHaveLength(
    1,
  );
  expect(await sim.rejected()).toBe(0);
  await expectNoAxeViolations(page);
});

test('a fwset is renamed and its entries replaced; a bad entry line is pointed out first', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openSets(page, sim);
  await page.getByRole('button', { name: 'Edit fwset NETS_OFFICES' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit fwset NETS_OFFICES' });
  const entries = edit.getByRole('textbox', { name: 'Entries' });
  await expect(entries).toHaveValue('192.168.10.0/24 # Head office\n192.168.20.0/24 # Branch');
  expect(await sim.requestsTo('GET', '/v2/firewall/fwsets/NETS_OFFICES')).toHaveLength(1);
  await entries.fill('192.168.10.0/24 # Head office\n10.1.0.0/40 # Plant');
  await edit.getByRole('button', { name: 'Save fwset' }).click();
  await expect(
    edit.getByText('Line 2: Enter an IPv4 address or CIDR, e.g. 10.0.0.0/24'),
  ).toBeVisible();
  expect(await sim.requestsTo('PUT', /^\/v2\/firewall\/fwsets\//)).toHaveLength(0);

  await entries.fill('192.168.10.0/24 # Head office\n10.1.0.0/16 # Plant');
  await edit.getByRole('textbox', { name: 'Name' }).fill('NETS_SITES');
  await edit.getByRole('button', { name: 'Save fwset' }).click();
  await expect(edit).toHaveCount(0);
  const table = page.getByRole('table', { name: 'Entries of NETS_SITES' });
  await expect(table.getByRole('row', { name: /^10\.1\.0\.0\/16 Plant/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^192\.168\.20\.0\/24/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'NETS_OFFICES' })).toHaveCount(0);
  expect(await sim.requestsTo('PUT', '/v2/firewall/fwsets/NETS_OFFICES')).toHaveLength(1);
  // Closing before the list reloads: the renamed set's old address is not read again.
  expect(await sim.requestsTo('GET', '/v2/firewall/fwsets/NETS_OFFICES')).toHaveLength(1);
  expect(await sim.rejected()).toBe(0);
});

test('a subtable is read fresh, then its rules are replaced in order after a bad line is refused', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openSets(page, sim);
  await page.getByRole('button', { name: 'Edit subtable ADMIN_IN' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit subtable ADMIN_IN' });
  const rules = edit.getByRole('textbox', { name: 'Rules' });
  await expect(rules).toHaveValue('-p tcp --dport 22 -j ACCEPT # SSH');
  expect(await sim.requestsTo('GET', '/v2/firewall/subtables/ADMIN_IN')).toHaveLength(1);
  await rules.fill('-p tcp --dport 22 -j ACCEPT # SSH\n-p tcp --dport 443 # UI');
  await edit.getByRole('button', { name: 'Save subtable' }).click();
  await expect(edit.getByText('Line 2: Add a target with -j, e.g. -j ACCEPT')).toBeVisible();
  expect(await sim.requestsTo('PUT', '/v2/firewall/subtables/ADMIN_IN')).toHaveLength(0);

  await rules.fill('-p tcp --dport 443 -j ACCEPT # UI\n-p tcp --dport 22 -j ACCEPT # SSH');
  await edit.getByRole('textbox', { name: 'Description' }).fill('Admin access');
  await edit.getByRole('button', { name: 'Save subtable' }).click();
  await expect(edit).toHaveCount(0);
  const table = page.getByRole('table', { name: 'Rules of ADMIN_IN' });
  await expect(table.getByRole('row').nth(1)).toHaveAccessibleName(
    /^-p tcp --dport 443 -j ACCEPT UI/,
  );
  await expect(table.getByRole('row').nth(2)).toHaveAccessibleName(
    /^-p tcp --dport 22 -j ACCEPT SSH/,
  );
  await expect(page.getByText('Admin access')).toBeVisible();
  expect(await sim.rejected()).toBe(0);
});

test('custom variables are created, edited and deleted; bad names and values are refused first', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openSets(page, sim);
  await expect(
    page.getByText('Collections: system (names start with vns3_), custom'),
  ).toBeVisible();
  const variables = page.getByRole('table', { name: 'Variables' });
  const name = page.getByRole('textbox', { name: 'Variable name' });
  const create = page.getByRole('button', { name: 'Create variable' });
  await name.fill('lab-net');
  await page.getByRole('textbox', { name: 'Value' }).fill('10.9.0.0/16');
  await create.click();
  await expect(page.getByText('Use only letters, digits and _')).toBeVisible();
  await name.fill('vns3_lab');
  await create.click();
  await expect(page.getByText('Names starting with vns3_ belong to system')).toBeVisible();
  expect(await sim.requestsTo('POST', '/system/variables')).toHaveLength(0);

  await name.fill('lab_net');
  await page.getByRole('textbox', { name: 'Variable description' }).fill('Lab network');
  await create.click();
  await expect(
    variables.getByRole('row', { name: /^\$\{lab_net\} 10\.9\.0\.0\/16 custom Lab network/ }),
  ).toBeVisible();
  // The create answers with every variable: the list is not read again.
  expect(await sim.requestsTo('GET', '/system/variables')).toHaveLength(1);

  await page.getByRole('button', { name: 'Edit variable lab_net' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit variable lab_net' });
  const value = edit.getByRole('textbox', { name: 'Value' });
  await value.fill('');
  await edit.getByRole('button', { name: 'Save variable' }).click();
  await expect(edit.getByText('Enter a value')).toBeVisible();
  expect(await sim.requestsTo('PUT', '/system/variables/lab_net')).toHaveLength(0);
  await value.fill('10.8.0.0/16');
  await edit.getByRole('button', { name: 'Save variable' }).click();
  await expect(edit).toHaveCount(0);
  await expect(
    variables.getByRole('row', { name: /^\$\{lab_net\} 10\.8\.0\.0\/16/ }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Delete variable lab_net' }).click();
  await page
    .getByRole('dialog', { name: 'Delete variable lab_net?' })
    .getByRole('button', { name: 'Delete variable' })
    .click();
  await expect(variables.getByRole('row', { name: /lab_net/ })).toHaveCount(0);
  expect(await sim.requestsTo('DELETE', '/system/variables/lab_net')).toHaveLength(1);
  expect(await sim.rejected()).toBe(0);
  await expectNoAxeViolations(page);
});
