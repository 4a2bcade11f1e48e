import { expect, expectNoAxeViolations, test } from './fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

// Whole user journeys with axe scans, on a machine shared with other test runs.
test.slow();

test('a v1 rule is deleted by its exact text after confirming; connection tracking is reset', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim);
  await vns3Nav(page, 'Firewall v1').click();
  await expect(page.getByRole('heading', { name: 'Rules (4)' })).toBeVisible();
  const text = page.getByRole('textbox', { name: 'Exact text to delete' });
  const submit = page.getByRole('button', { name: 'Delete by text' });
  await text.fill('FORWARD_CUST -s 10.0.1.0/24 -d 10.0.2.0/24 -j  ACCEPT');
  await submit.click();
  await expect(page.getByText('No rule has exactly this text')).toBeVisible();
  expect(await sim.requestsTo('DELETE', '/firewall/rules')).toHaveLength(0);

  await text.fill('FORWARD_CUST -s 10.0.1.0/24 -d 10.0.2.0/24 -j ACCEPT');
  await submit.click();
  const confirm = page.getByRole('dialog', { name: 'Delete this rule?' });
  await expect(confirm).toContainText('FORWARD_CUST -s 10.0.1.0/24 -d 10.0.2.0/24 -j ACCEPT');
  await confirm.getByRole('button', { name: 'Delete rule' }).click();
  await expect(page.getByRole('heading', { name: 'Rules (3)' })).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Firewall v1 rules' })
      .getByRole('row', { name: /FORWARD_CUST/ }),
  ).toHaveCount(0);
  expect(await sim.requestsTo('DELETE', '/firewall/rules')).toHaveLength(1);

  await page.getByRole('button', { name: 'Reset connection tracking' }).click();
  await page
    .getByRole('dialog', { name: 'Reset connection tracking?' })
    .getByRole('button', { name: 'Reset connection tracking' })
    .click();
  await expect(page.getByText('Connection tracking reset')).toBeVisible();
  expect(await sim.requestsTo('PUT', '/firewall/actions')).toHaveLength(1);
  expect(await sim.rejected()).toBe(0);
  await expectNoAxeViolations(page);
});

test('subgroups show their positions and reload; fwsets reload', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim);
  await vns3Nav(page, 'Firewall v1').click();
  await page.getByRole('switch', { name: 'Show positions in each chain' }).click();
  const positions = page.getByRole('table', { name: 'v1 subgroup positions' });
  await expect(
    positions.getByRole('row', { name: '0 PRE_C_MYGROUP -p tcp --dport 443 -j ACCEPT' }),
  ).toBeVisible();
  await expect(positions.getByRole('row', { name: '1 PRE_C_MYGROUP -j DROP' })).toBeVisible();
  const verbose = await sim.requestsTo('GET', '/firewall/rules/subgroup');
  expect(verbose.filter((entry) => entry.query.includes('verbose'))).toHaveLength(1);

  await page.getByRole('button', { name: 'Reload subgroups' }).click();
  await expect(page.getByText('Subgroups reloaded')).toBeVisible();
  await page.getByRole('button', { name: 'Reload fwsets' }).click();
  await expect(page.getByText('Fwsets reloaded')).toBeVisible();
  expect(await sim.requestsTo('PUT', '/firewall/rules/subgroup')).toHaveLength(1);
  expect(await sim.requestsTo('PUT', '/firewall/fwsets')).toHaveLength(1);
  expect(await sim.rejected()).toBe(0);
});
