import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { type Vns3Sim, addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

// Whole user journeys with axe scans, on a machine shared with other test runs.
test.slow();

async function openV1(page: Page, sim: Vns3Sim) {
  await addAndSignInVns3(page, sim);
  await vns3Nav(page, 'Firewall v1').click();
  await expect(page.getByRole('heading', { name: 'Firewall v1', level: 1 })).toBeVisible();
}

const table = (page: Page) => page.getByRole('table', { name: 'Firewall v1 rules' });

test('a rule is inserted at a position; bad rules and positions never leave the form', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openV1(page, sim);
  await expect(page.getByRole('heading', { name: 'Rules (4)' })).toBeVisible();
  const rule = page.getByRole('textbox', { name: 'Rule' });
  const position = page.getByRole('textbox', { name: 'Position' });
  const insert = page.getByRole('button', { name: 'Insert rule' });

  await rule.fill('FORWARD -j ACCEPT');
  await insert.click();
  await expect(page.getByText(/^Start with a chain: PREROUTING_CUST/)).toBeVisible();
  await rule.fill('FORWARD_CUST -s 10.0.0.300/24 -j ACCEPT');
  await insert.click();
  await expect(page.getByText('-s needs an IPv4 address or CIDR, not 10.0.0.300/24')).toBeVisible();
  await rule.fill('INPUT_CUST -p tcp --sport 0 -j ACCEPT');
  await insert.click();
  await expect(page.getByText(/--sport needs a port 1–65535/)).toBeVisible();
  await rule.fill('INPUT_CUST -p tcp --dport 22 -s 192.168.10.0/24 -j ACCEPT');
  await position.fill('5');
  await insert.click();
  await expect(page.getByText('Enter a position from 0 to 4, or -1 to append')).toBeVisible();
  expect(await sim.requestsTo('POST', '/firewall/rules')).toHaveLength(0);
  expect(await sim.rejected()).toBe(0);

  await position.fill('1');
  await insert.click();
  await expect(page.getByText('Rule inserted')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Rules (5)' })).toBeVisible();
  await expect(
    table(page).getByRole('row', {
      name: /^1 INPUT_CUST -p tcp --dport 22 -s 192\.168\.10\.0\/24 -j ACCEPT/,
    }),
  ).toBeVisible();
  await expect(rule).toHaveValue('');
  // The insert returns a task token the page waits on before reloading the list.
  expect((await sim.requestsTo('GET', '/status/task')).length).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
});

test('moving a rule replaces the list in one request; deleting asks first', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openV1(page, sim);
  await page.getByRole('button', { name: 'Move rule 0 down' }).click();
  await expect(page.getByText('Rule moved to position 1')).toBeVisible();
  await expect(
    table(page).getByRole('row', { name: /^0 PREROUTING_CUST -s 10\.0\.2\.0\/24/ }),
  ).toBeVisible();
  await expect(table(page).getByRole('row', { name: /^1 MACRO_CUST/ })).toBeVisible();
  expect(await sim.requestsTo('PUT', '/firewall')).toHaveLength(1);
  expect(await sim.requestsTo('DELETE', /^\/firewall\/rules/)).toHaveLength(0);

  await page.getByRole('button', { name: 'Move rule 3 up' }).click();
  await expect(
    table(page).getByRole('row', { name: /^2 INPUT_CUST -p tcp --dport 8000/ }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Delete rule 1' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete rule 1?' });
  await expect(confirm).toContainText('MACRO_CUST -o eth0 -s 10.199.2.0/24 -j MASQUERADE');
  await confirm.getByRole('button', { name: 'Delete rule' }).click();
  await expect(page.getByRole('heading', { name: 'Rules (3)' })).toBeVisible();
  expect(await sim.requestsTo('DELETE', '/firewall/rules/1')).toHaveLength(1);

  await page.getByRole('button', { name: 'Show text' }).click();
  await expect(page.getByLabel('Effective rules text')).toHaveText(
    [
      'PREROUTING_CUST -s 10.0.2.0/24 -j PRE_C_MYGROUP',
      'INPUT_CUST -p tcp --dport 8000 -s 192.168.10.0/24 -j ACCEPT',
      'FORWARD_CUST -s 10.0.1.0/24 -d 10.0.2.0/24 -j ACCEPT',
    ].join('\n'),
  );
});

test('10,000 v1 rules stay a short DOM', async ({ page, request, baseURL }) => {
  const sim = await createVns3(request, baseURL!, { firewallV1RuleCount: 10_000 });
  await openV1(page, sim);
  await expect(page.getByRole('heading', { name: 'Rules (10,000)' })).toBeVisible({
    timeout: 30_000,
  });
  expect(await table(page).locator('tbody tr:not([aria-hidden])').count()).toBeLessThan(80);
  await page
    .getByRole('region', { name: 'Firewall v1 rules (scrollable)' })
    .evaluate((element) => (element.scrollTop = element.scrollHeight));
  await expect(table(page).getByRole('row', { name: /^9999 FORWARD_CUST/ })).toBeVisible();
});

test('subgroup and fwset lines must begin with a valid name; sets are deleted after confirming', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openV1(page, sim);
  const subgroups = page.getByRole('table', { name: 'v1 subgroups' });
  await expect(
    subgroups.getByRole('row', { name: /^PRE_C_MYGROUP PRE_C_MYGROUP -p tcp --dport 443/ }),
  ).toBeVisible();

  const name = page.getByRole('textbox', { name: 'Name' });
  const lines = page.getByRole('textbox', { name: 'Lines' });
  const save = page.getByRole('button', { name: 'Save lines' });
  await name.fill('LAB');
  await save.click();
  await expect(page.getByText(/^Start with PRE_C_, PST_C_/)).toBeVisible();
  await name.fill('FWD_C_LAB');
  await lines.fill('FWD_C_LAB -s 10.1.0.0/16 -j ACCEPT\nFWD_C_OTHER -j DROP');
  await save.click();
  await expect(page.getByText('Line 2: Each line must begin with FWD_C_LAB')).toBeVisible();
  await lines.fill('FWD_C_LAB -s 10.1.0.0/16 -j ACCEPT\nFWD_C_LAB -j DROP');
  await save.click();
  await expect(
    subgroups.getByRole('row', {
      name: /^FWD_C_LAB FWD_C_LAB -s 10\.1\.0\.0\/16 -j ACCEPT FWD_C_LAB -j DROP/,
    }),
  ).toBeVisible();

  await page.getByRole('radiogroup', { name: 'Kind' }).getByText('Fwset', { exact: true }).click();
  await name.fill('NETS_LAB');
  await lines.fill('NETS_LAB 10.1.0.0/33');
  await save.click();
  await expect(page.getByText('Line 1: 10.1.0.0/33 is not an IPv4 address or CIDR')).toBeVisible();
  await lines.fill('NETS_LAB 10.1.0.0/16');
  await save.click();
  const fwsets = page.getByRole('table', { name: 'v1 fwsets' });
  await expect(
    fwsets.getByRole('row', { name: /^NETS_LAB NETS_LAB 10\.1\.0\.0\/16/ }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Delete PRE_C_MYGROUP' }).click();
  await page
    .getByRole('dialog', { name: 'Delete PRE_C_MYGROUP?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(subgroups.getByRole('row', { name: /^PRE_C_MYGROUP/ })).toHaveCount(0);
  expect(await sim.rejected()).toBe(0);
  expect(await sim.requestsTo('POST', '/firewall/rules/subgroup')).toHaveLength(1);
  expect(await sim.requestsTo('POST', '/firewall/fwsets')).toHaveLength(1);
  await expectNoAxeViolations(page);
});
