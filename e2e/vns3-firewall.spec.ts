import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { type Vns3Sim, addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

// Whole user journeys with axe scans, on a machine shared with other test runs.
test.slow();

async function openFirewall(page: Page, sim: Vns3Sim) {
  await addAndSignInVns3(page, sim);
  await vns3Nav(page, 'Firewall').click();
  await expect(page.getByRole('heading', { name: 'Firewall', level: 1 })).toBeVisible();
}

const rulesTable = (page: Page) => page.getByRole('table', { name: 'Firewall rules' });

test('10,000 rules render as a virtualized list that filters and scrolls to the end', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!, { firewallRuleCount: 10_000 });
  await openFirewall(page, sim);
  // 3 MB of rules from a simulator shared with other runs: allow for a slow answer.
  await expect(page.getByText('Showing 10,000 of 10,000 rules')).toBeVisible({ timeout: 30_000 });
  const table = rulesTable(page);
  await expect(table.getByRole('row', { name: /^0 FORWARD -s 10\.0\.0\.0\/24/ })).toBeVisible();
  expect(await table.locator('tbody tr:not([aria-hidden])').count()).toBeLessThan(80);

  const region = page.getByRole('region', { name: 'Firewall rules (scrollable)' });
  await region.evaluate((element) => (element.scrollTop = element.scrollHeight));
  await expect(table.getByRole('row', { name: /^9999 / })).toBeVisible();

  await page.getByRole('textbox', { name: 'Search rules' }).fill('Generated rule 5001');
  await expect(page.getByText('Showing 1 of 10,000 rules')).toBeVisible();
  await expect(table.getByRole('row', { name: /^5000 / })).toBeVisible();
  expect(await sim.requestsTo('GET', '/v2/firewall/rules')).toHaveLength(1);
});

test('bad rules, ports, CIDRs and positions are refused in the form and never sent', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openFirewall(page, sim);
  await page.getByRole('button', { name: 'Add rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add rule' });
  const rule = dialog.getByRole('textbox', { name: 'Rule' });
  const submit = dialog.getByRole('button', { name: 'Add rule' });

  const cases: [string, string | RegExp][] = [
    ['FORWARD -s 10.199.2.0. -j ACCEPT', '-s needs an IPv4 address or CIDR, not 10.199.2.0.'],
    ['FORWARD -d 10.0.0.0/33 -j ACCEPT', '-d needs an IPv4 address or CIDR, not 10.0.0.0/33'],
    ['INPUT -p tcp --dport 70000 -j ACCEPT', /--dport needs a port 1–65535/],
    ['INPUT -p tcp --dport 90:80 -j ACCEPT', /--dport needs a port 1–65535/],
    ['NOPE -j ACCEPT', /^Start with a chain/],
    ['FORWARD -s 10.0.0.0/8', 'Add a target with -j, e.g. -j ACCEPT'],
    ['FORWARD -s ${nope} -j ACCEPT', '${nope} is not a defined variable'],
  ];
  for (const [text, message] of cases) {
    await rule.fill(text);
    await submit.click();
    await expect(dialog.getByText(message)).toBeVisible();
  }
  await rule.fill('INPUT -p tcp --dport 443 -j ACCEPT');
  const position = dialog.getByRole('textbox', { name: 'Position' });
  for (const value of ['5', '-2', 'first']) {
    await position.fill(value);
    await submit.click();
    await expect(dialog.getByText(/Enter a (position from 0 to 4|whole number)/)).toBeVisible();
  }
  expect(await sim.requestsTo('POST', '/v2/firewall/rules')).toHaveLength(0);
  expect(await sim.rejected()).toBe(0);
  await expectNoAxeViolations(page);

  await position.fill('1');
  await dialog.getByRole('textbox', { name: 'Comment' }).fill('HTTPS in');
  await submit.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Rule added')).toBeVisible();
  await expect(
    rulesTable(page).getByRole('row', { name: /^1 INPUT -p tcp --dport 443 -j ACCEPT HTTPS in/ }),
  ).toBeVisible();
  expect(await sim.rejected()).toBe(0);
});

test('a failed save shows the status and message and keeps what was typed', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openFirewall(page, sim);
  await page.getByRole('button', { name: 'Add rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add rule' });
  await dialog.getByRole('textbox', { name: 'Rule' }).fill('OUTPUT -d 192.0.2.0/24 -j DROP');
  await sim.configure({ fault: '500', faultCount: 1 });
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await expect(dialog.getByRole('alert')).toContainText('500');
  await expect(dialog.getByRole('textbox', { name: 'Rule' })).toHaveValue(
    'OUTPUT -d 192.0.2.0/24 -j DROP',
  );
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    rulesTable(page).getByRole('row', { name: /OUTPUT -d 192\.0\.2\.0\/24/ }),
  ).toBeVisible();
});

test('rules are disabled, edited and deleted (after confirming)', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openFirewall(page, sim);
  const table = rulesTable(page);
  await expect(
    table.getByRole('row', { name: /^3 INPUT -p tcp --dport 8000 -j ACCEPT .*Active/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Disable rule 3' }).click();
  await expect(table.getByRole('row', { name: /^3 INPUT .*Disabled/ })).toBeVisible();

  await page.getByRole('button', { name: 'Edit rule 3' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit rule 3' });
  await dialog.getByRole('textbox', { name: 'Rule' }).fill('INPUT -p tcp --dport 8443 -j ACCEPT');
  await dialog.getByRole('textbox', { name: 'Comment' }).fill('Admin UI');
  await dialog.getByRole('button', { name: 'Save rule' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    table.getByRole('row', { name: /^3 INPUT -p tcp --dport 8443 -j ACCEPT Admin UI/ }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Delete rule 3' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete rule 3?' });
  await expect(confirm).toContainText('INPUT -p tcp --dport 8443 -j ACCEPT');
  await confirm.getByRole('button', { name: 'Delete rule' }).click();
  await expect(table.getByRole('row', { name: /8443/ })).toHaveCount(0);
  expect((await sim.state()).firewallRuleCount).toBe(3);
  expect(await sim.requestsTo('DELETE', /^\/v2\/firewall\/rules\/[0-9a-f]{20}$/)).toHaveLength(1);

  await page.getByRole('button', { name: 'Reset connection tracking' }).click();
  await page
    .getByRole('dialog', { name: 'Reset connection tracking?' })
    .getByRole('button', { name: 'Reset connection tracking' })
    .click();
  await expect(page.getByText('Connection tracking reset')).toBeVisible();
  expect(await sim.requestsTo('PUT', '/v2/firewall/actions')).toHaveLength(1);
});

test('import: a bad line is pointed out; the preview shows the diff before anything is sent', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openFirewall(page, sim);
  await page.getByRole('button', { name: 'Import rules' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import firewall rules' });
  const text = dialog.getByRole('textbox', { name: 'Rules to import' });
  await text.fill(
    '# lab rules\nINPUT -s 10.9.0.0/16 -j ACCEPT # [Lab] lab hosts\nINPUT -p udp --dport 0 -j DROP',
  );
  await dialog.getByRole('button', { name: 'Preview changes' }).click();
  await expect(dialog.getByText('Line 3: --dport needs a port 1–65535')).toBeVisible();
  expect(await sim.requestsTo('PUT', '/v2/firewall/rules/import')).toHaveLength(0);

  await text.fill(
    '# lab rules\nINPUT -s 10.9.0.0/16 -j ACCEPT # [Lab] lab hosts\nINPUT -p udp --dport 53 -j DROP',
  );
  await dialog.getByRole('textbox', { name: 'Insert at position' }).fill('0');
  await dialog.getByRole('button', { name: 'Preview changes' }).click();
  const preview = dialog.getByRole('group', { name: 'Import preview' });
  await expect(preview.getByRole('heading', { name: 'Added: 2' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Removed: 0' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Unchanged: 4' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await sim.requestsTo('PUT', '/v2/firewall/rules/import')).toHaveLength(0);
  await dialog.getByRole('button', { name: 'Import 2 rules' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Showing 6 of 6 rules')).toBeVisible();
  await expect(
    rulesTable(page).getByRole('row', {
      name: /^0 INPUT -s 10\.9\.0\.0\/16 -j ACCEPT lab hosts Lab/,
    }),
  ).toBeVisible();
  expect(await sim.requestsTo('PUT', '/v2/firewall/rules/import')).toHaveLength(1);
  expect(await sim.rejected()).toBe(0);
});

test('import can replace the whole firewall after showing what is removed', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openFirewall(page, sim);
  await page.getByRole('button', { name: 'Import rules' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import firewall rules' });
  await dialog
    .getByRole('textbox', { name: 'Rules to import' })
    .fill('INPUT -p tcp --dport 8000 -j ACCEPT\nFORWARD -i eth0 -j DROP');
  await dialog.getByRole('radio', { name: 'Replace the whole firewall' }).check();
  await dialog.getByRole('button', { name: 'Preview changes' }).click();
  const preview = dialog.getByRole('group', { name: 'Import preview' });
  await expect(preview.getByRole('heading', { name: 'Added: 1' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Removed: 3' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Unchanged: 1' })).toBeVisible();
  await expect(preview.getByLabel('Added')).toHaveText('FORWARD -i eth0 -j DROP');
  await dialog.getByRole('button', { name: 'Replace firewall (3 removed)' }).click();
  await expect(page.getByText('Showing 2 of 2 rules')).toBeVisible();
  expect(await sim.requestsTo('PUT', '/v2/firewall/rules')).toHaveLength(1);
});

test('export downloads the rules as text or JSON', async ({ page, request, baseURL }) => {
  const sim = await createVns3(request, baseURL!);
  await openFirewall(page, sim);
  await page.getByRole('button', { name: 'Export' }).click();
  let dialog = page.getByRole('dialog', { name: 'Export firewall rules' });
  let download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  let file = await download;
  expect(file.suggestedFilename()).toBe('firewall-rules.txt');
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.split('\n')[1]).toBe(
    'FORWARD -o eth0 -j ACCEPT # [VPN2Internet] Allow outbound internet access',
  );

  await page.getByRole('button', { name: 'Export' }).click();
  dialog = page.getByRole('dialog', { name: 'Export firewall rules' });
  await dialog.getByRole('radio', { name: 'JSON' }).check();
  download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  file = await download;
  expect(file.suggestedFilename()).toBe('firewall-rules.json');
  const json = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { rule: string }[];
  expect(json).toHaveLength(4);
  const log = await sim.requestsTo('GET', '/v2/firewall/rules/export');
  expect(log.map((entry) => entry.query)).toEqual([['type'], ['type']]);
});

test('an unlicensed controller explains what to do instead of failing with 403s', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!, { licensed: false });
  await openFirewall(page, sim);
  await expect(page.getByText('This controller is not licensed yet')).toBeVisible();
  // The banner is the only alert: no 403 error states.
  await expect(page.getByRole('alert')).toHaveCount(1);
  await expect(page.getByRole('alert')).toContainText('not licensed yet');
  expect(await sim.requestsTo('GET', /^\/v2\/firewall\//)).toHaveLength(0);
  await vns3Nav(page, 'Firewall v1').click();
  await expect(page.getByText('This controller is not licensed yet')).toBeVisible();
  expect(await sim.requestsTo('GET', '/firewall/rules')).toHaveLength(0);
  await expectNoAxeViolations(page);
});

test('the firewall page has no axe violations in dark mode', async ({ page, request, baseURL }) => {
  const sim = await createVns3(request, baseURL!);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openFirewall(page, sim);
  await expect(page.getByText('Showing 4 of 4 rules')).toBeVisible();
  await expectNoAxeViolations(page);
});
