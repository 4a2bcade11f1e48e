import { expect, expectNoAxeViolations, test } from './fixtures';
import { seedPluginInstance } from './vns3-controller-plugin-fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

test.describe.configure({ timeout: 120_000 });

test('plugins: details, edit, manager configuration and export files of a plugin', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  const { plugin } = await seedPluginInstance(request, sim);
  await addAndSignInVns3(page, sim, 'Plugin details controller');
  await vns3Nav(page, 'Plugins').click();
  const installed = page.getByRole('table', { name: 'Installed plugins' });
  await expect(page.getByText('No plugin exports')).toBeVisible();
  await installed.getByRole('button', { name: 'Details of plugin HAProxy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plugin HAProxy' });
  await expect(dialog.getByRole('table', { name: 'Plugin details' })).toContainText(
    '1 (1 running)',
  );
  await expectNoAxeViolations(page);

  await dialog.getByLabel('Plugin name').fill(' ');
  await dialog.getByRole('button', { name: 'Save plugin' }).click();
  await expect(
    dialog.getByText('Start with a letter or digit; at most 64 characters'),
  ).toBeVisible();
  expect(await sim.requestsTo('PUT', `/plugins/${plugin}`)).toHaveLength(0);
  await dialog.getByLabel('Plugin name').fill('HAProxy LB');
  await dialog.getByLabel('Plugin version').fill('2.9');
  await dialog.getByRole('button', { name: 'Save plugin' }).click();
  await expect(page.getByText('Plugin updated')).toBeVisible();
  await expect(installed.getByRole('row', { name: /HAProxy LB 2\.9 1/ })).toBeVisible();

  await dialog.getByRole('tab', { name: 'Manager' }).click();
  const manager = dialog.getByLabel('Plugin manager configuration');
  await expect(manager).toContainText('"name": "supervisor"');
  await expect(manager).toContainText('"path": "/usr/local/bin/pluginctl"');

  await dialog.getByRole('tab', { name: 'Exports' }).click();
  await expect(dialog.getByText('No exports')).toBeVisible();
  const exportName = dialog.getByLabel('New export of HAProxy');
  await exportName.fill('a b');
  await dialog.getByRole('button', { name: 'Create export' }).click();
  await expect(
    dialog.getByText('Use letters, digits, dot, dash and underscore (1 to 64)'),
  ).toBeVisible();
  await exportName.fill('backup1');
  await dialog.getByRole('button', { name: 'Create export' }).click();
  const files = dialog.getByRole('table', { name: 'Exports of HAProxy' });
  await expect(files.getByRole('row', { name: /backup1\.tar\.gz .* ready/ })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'All plugin exports' }).getByRole('row', { name: /backup1/ }),
  ).toHaveCount(1);

  const download = page.waitForEvent('download');
  await files.getByRole('button', { name: 'Download backup1' }).click();
  expect((await download).suggestedFilename()).toBe('backup1.tar.gz');

  await files.getByRole('button', { name: 'Delete export backup1' }).click();
  await page
    .getByRole('dialog', { name: 'Delete export backup1?' })
    .getByRole('button', { name: 'Delete export' })
    .click();
  await expect(dialog.getByText('No exports')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('No plugin exports')).toBeVisible();

  expect(
    (await sim.requestsTo('POST', `/plugins/${plugin}/exports`)).map((entry) => entry.status),
  ).toEqual([201]);
  expect(await sim.requestsTo('GET', `/plugins/${plugin}/exports/backup1`)).toMatchObject([
    { status: 200 },
  ]);
  expect(await sim.requestsTo('DELETE', `/plugins/${plugin}/exports/backup1`)).toHaveLength(1);
  expect(await sim.requestsTo('GET', `/plugins/${plugin}/manager`)).toHaveLength(1);
  expect(await sim.rejected()).toBe(0);
  expect(await sim.state()).toMatchObject({ plugins: ['HAProxy LB'] });
});
