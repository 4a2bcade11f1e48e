import { expect, expectNoAxeViolations, test } from './fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

// Whole user journeys with axe scans, on a machine shared with other test runs.
test.slow();

test('groups are created and deleted; a name the controller refuses shows on the field', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim);
  await vns3Nav(page, 'Firewall sets').click();
  const groups = page.getByRole('table', { name: 'Rule groups' });
  await expect(
    groups.getByRole('row', { name: /^VPN2Internet Let overlay clients reach the internet 2/ }),
  ).toBeVisible();

  const name = page.getByRole('textbox', { name: 'Group name' });
  await name.fill('bad name!');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByText('Use letters, digits, _ or -')).toBeVisible();
  expect(await sim.requestsTo('POST', '/v2/firewall/rules-groups')).toHaveLength(0);

  await name.fill('VPN2Internet');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByText('Group VPN2Internet already exists').first()).toBeVisible();
  await expect(name).toHaveValue('VPN2Internet');

  await name.fill('Lab');
  await page.getByRole('textbox', { name: 'Description', exact: true }).fill('Lab hosts');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(groups.getByRole('row', { name: /^Lab Lab hosts 0/ })).toBeVisible();

  await page.getByRole('button', { name: 'Delete group VPN2Internet' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete group VPN2Internet?' });
  await confirm.getByRole('button', { name: 'Delete group' }).click();
  await expect(groups.getByRole('row', { name: /^VPN2Internet/ })).toHaveCount(0);
  expect(await sim.requestsTo('DELETE', '/v2/firewall/rule-groups/VPN2Internet')).toHaveLength(1);
  await expectNoAxeViolations(page);
});

test('fwset entries are checked by the set type before they are sent', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim);
  await vns3Nav(page, 'Firewall sets').click();
  const entry = page.getByRole('textbox', { name: 'New entry for NETS_OFFICES' });
  await entry.fill('192.168.30.0/40');
  await page.getByRole('button', { name: 'Add entry to NETS_OFFICES' }).click();
  await expect(page.getByText('Enter an IPv4 address or CIDR, e.g. 10.0.0.0/24')).toBeVisible();
  expect(await sim.requestsTo('POST', '/v2/firewall/fwsets/NETS_OFFICES/entries')).toHaveLength(0);
  await entry.fill('192.168.30.0/24');
  await page.getByRole('textbox', { name: 'Comment for the new NETS_OFFICES entry' }).fill('Lab');
  await page.getByRole('button', { name: 'Add entry to NETS_OFFICES' }).click();
  const entries = page.getByRole('table', { name: 'Entries of NETS_OFFICES' });
  await expect(entries.getByRole('row', { name: /^192\.168\.30\.0\/24 Lab/ })).toBeVisible();

  await page.getByRole('textbox', { name: 'Fwset name' }).fill('PORTS_WEB');
  await page.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'port' }).click();
  await page.getByRole('button', { name: 'Create fwset' }).click();
  const portEntry = page.getByRole('textbox', { name: 'New entry for PORTS_WEB' });
  await portEntry.fill('65536');
  await page.getByRole('button', { name: 'Add entry to PORTS_WEB' }).click();
  await expect(page.getByText('Enter a port 1–65535 or a range like 8000:8080')).toBeVisible();
  await portEntry.fill('8000:8080');
  await page.getByRole('button', { name: 'Add entry to PORTS_WEB' }).click();
  await expect(page.getByRole('table', { name: 'Entries of PORTS_WEB' })).toContainText(
    '8000:8080',
  );

  await page.getByRole('button', { name: 'Remove 192.168.10.0/24 from NETS_OFFICES' }).click();
  await page
    .getByRole('dialog', { name: 'Remove 192.168.10.0/24?' })
    .getByRole('button', { name: 'Remove entry' })
    .click();
  await expect(entries.getByRole('row', { name: /^192\.168\.10\.0\/24/ })).toHaveCount(0);
  expect(await sim.rejected()).toBe(0);
  await expect(page.getByRole('table', { name: 'Variables' })).toContainText(
    '${vns3_overlay_subnet}',
  );
});

test('subtable rules are checked against their main table; subtables are created and deleted', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim);
  await vns3Nav(page, 'Firewall sets').click();
  const rules = page.getByRole('table', { name: 'Rules of ADMIN_IN' });
  await expect(rules.getByRole('row', { name: /^-p tcp --dport 22 -j ACCEPT SSH/ })).toBeVisible();

  const rule = page.getByRole('textbox', { name: 'New rule for ADMIN_IN' });
  const add = page.getByRole('button', { name: 'Add rule to ADMIN_IN' });
  await rule.fill('-s 10.0.0.0/99 -j ACCEPT');
  await add.click();
  await expect(page.getByText('-s needs an IPv4 address or CIDR, not 10.0.0.0/99')).toBeVisible();
  await rule.fill('-p tcp --dport 443');
  await add.click();
  await expect(page.getByText('Add a target with -j, e.g. -j ACCEPT')).toBeVisible();
  expect(await sim.requestsTo('POST', '/v2/firewall/subtables/ADMIN_IN/rules')).toHaveLength(0);
  await rule.fill('-p tcp --dport 443 -s ${vns3_overlay_subnet} -j ACCEPT');
  await page.getByRole('textbox', { name: 'Comment for the new ADMIN_IN rule' }).fill('Web UI');
  await add.click();
  await expect(rules.getByRole('row', { name: /--dport 443 .* Web UI/ })).toBeVisible();

  await page.getByRole('button', { name: 'Delete rule 0 of ADMIN_IN' }).click();
  await page
    .getByRole('dialog', { name: 'Delete a rule of ADMIN_IN?' })
    .getByRole('button', { name: 'Delete rule' })
    .click();
  await expect(rules.getByRole('row', { name: /--dport 22/ })).toHaveCount(0);

  await page.getByRole('textbox', { name: 'Subtable name' }).fill('NAT_OUT');
  await page.getByRole('combobox', { name: 'Main table' }).click();
  await page.getByRole('option', { name: 'postrouting' }).click();
  await page.getByRole('button', { name: 'Create subtable' }).click();
  await expect(page.getByRole('heading', { name: 'NAT_OUT' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete subtable NAT_OUT' }).click();
  await page
    .getByRole('dialog', { name: 'Delete subtable NAT_OUT?' })
    .getByRole('button', { name: 'Delete subtable' })
    .click();
  await expect(page.getByRole('heading', { name: 'NAT_OUT' })).toHaveCount(0);
  expect(await sim.rejected()).toBe(0);
  await expectNoAxeViolations(page);
});
