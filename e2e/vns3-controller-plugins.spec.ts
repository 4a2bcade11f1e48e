import { expect, expectNoAxeViolations, test } from './fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

// Whole flows on a machine shared by many test runs.
test.describe.configure({ timeout: 120_000 });

test('plugins: install from the catalog, run an instance, read its log, delete both', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim, 'Plugin controller');
  await vns3Nav(page, 'Plugins').click();
  await expect(page.getByText('No plugins installed')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Install HAProxy' }).click();
  const installed = page.getByRole('table', { name: 'Installed plugins' });
  await expect(installed.getByRole('row', { name: /HAProxy 2\.8 0/ })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Plugin catalog' }).getByRole('row', { name: /HAProxy/ }),
  ).toContainText('Installed');

  await page.getByLabel('Instance name').fill('lb1');
  await page.getByLabel('Instance address').fill('10.0.0');
  await page.getByRole('button', { name: 'Start instance' }).click();
  await expect(page.getByText('Choose a plugin')).toBeVisible();
  await expect(page.getByText('Enter an IPv4 address, or leave empty')).toBeVisible();
  await page.getByRole('combobox', { name: 'Plugin' }).click();
  await page.getByRole('option', { name: 'HAProxy', exact: true }).click();
  await page.getByLabel('Instance address').fill('');
  await page.getByRole('button', { name: 'Start instance' }).click();
  const row = page
    .getByRole('table', { name: 'Plugin instances' })
    .getByRole('row', { name: /lb1 HAProxy/ });
  await expect(row).toContainText('running');
  await expect(installed.getByRole('row', { name: /HAProxy 2\.8 1/ })).toBeVisible();

  await row.getByRole('button', { name: 'Log of lb1' }).click();
  await expect(page.getByLabel('Log lines of lb1')).toContainText('lb1 log line 20');
  await page.keyboard.press('Escape');

  await row.getByRole('button', { name: 'Delete instance lb1' }).click();
  await page
    .getByRole('dialog', { name: 'Delete plugin instance lb1?' })
    .getByRole('button', { name: 'Delete instance' })
    .click();
  await expect(page.getByText('No plugin instances')).toBeVisible();
  await installed.getByRole('button', { name: 'Delete plugin HAProxy' }).click();
  await page
    .getByRole('dialog', { name: 'Delete plugin HAProxy?' })
    .getByRole('button', { name: 'Delete plugin' })
    .click();
  await expect(page.getByText('No plugins installed')).toBeVisible();
  expect(await sim.state()).toMatchObject({ plugins: [], pluginInstances: [] });
  expect(await sim.rejected()).toBe(0);
});
