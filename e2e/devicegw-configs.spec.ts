import { chooseFile, expect, test } from './fixtures';
import { createGateway, nav, openGateway, tarFile } from './devicegw-fixtures';

test('the factory config is edited into a new version, with its history', async ({
  page,
  request,
  baseURL,
}) => {
  const gateway = await createGateway(request, baseURL!, { deviceCount: 6 });
  await openGateway(page, gateway);
  await nav(page, 'Configs').click();
  await expect(page.getByRole('heading', { name: 'Configs', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Factory config files' })).toContainText(
    'wifi.conf',
  );

  await page.getByRole('button', { name: 'Edit config' }).click();
  await page.getByRole('button', { name: 'Add file' }).click();
  await page.getByLabel('File 3 name').fill('z-50-fioctl.toml');
  await page.getByLabel('Reason').fill('Add <sota> override');
  await page.getByRole('button', { name: 'Save config' }).click();
  await expect(
    page.getByText('z-50-fioctl.toml is not allowed in the factory config'),
  ).toBeVisible();
  await expect(page.getByText(/Use letters, digits, spaces and/)).toBeVisible();

  await page.getByLabel('File 3 name').fill('motd');
  await page.getByLabel('File 3 content').fill('Welcome to the line');
  await page.getByLabel('Store file 3 unencrypted').check();
  await page.getByLabel('Reason').fill('Add a motd: ticket 42');
  await page.getByRole('button', { name: 'Save config' }).click();
  await expect(page.getByText('Config saved')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Factory config files' })).toContainText(
    'Welcome to the line',
  );
  const latest = (await gateway.state()).factoryConfig[0];
  expect(latest?.Reason).toBe('Add a motd: ticket 42');
  expect(latest?.Files.motd).toEqual({ Value: 'Welcome to the line', Unencrypted: true });

  await page.getByRole('button', { name: 'Show history' }).click();
  await expect(page.getByText(/by admin: Add a motd: ticket 42/).last()).toBeVisible();
  await expect(page.getByText(/by admin: Initial factory config/).last()).toBeVisible();
  const history = (await gateway.state()).requestLog.filter((e) => e.path.endsWith('/history'));
  expect(history.at(-1)?.query).toEqual(['limit', 'show-files']);
});

test('a group config is saved per group, and a configs archive uploads', async ({
  page,
  request,
  baseURL,
}) => {
  const gateway = await createGateway(request, baseURL!, { deviceCount: 6 });
  await openGateway(page, gateway);
  await nav(page, 'Configs').click();
  await page
    .getByRole('list', { name: 'Device groups' })
    .getByRole('link', { name: 'beta' })
    .click();
  await expect(page.getByRole('heading', { name: 'Group beta', level: 1 })).toBeVisible();
  await expect(page.getByText('No config saved at this level yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Edit config' }).click();
  await page.getByRole('button', { name: 'Add file' }).click();
  await page.getByLabel('File 1 name').fill('z-50-fioctl.toml');
  await page.getByLabel('File 1 content').fill('[pacman]\ntags = "beta"');
  await page.getByRole('button', { name: 'Save config' }).click();
  await expect(page.getByRole('table', { name: 'Group config files' })).toContainText(
    'z-50-fioctl.toml',
  );
  const state = await gateway.state();
  expect(Object.keys(state.groupConfigs as Record<string, unknown>)).toContain('beta');

  await nav(page, 'Configs').click();
  await page.getByLabel('Open a group by name').fill('new group');
  await page.getByRole('button', { name: 'Open group' }).click();
  await expect(page.getByText('Use letters, digits, _ . or -')).toBeVisible();
  await page.getByLabel('Open a group by name').fill('gamma');
  await page.getByRole('button', { name: 'Open group' }).click();
  await expect(page.getByText('The gateway does not know this group yet')).toBeVisible();
  await page.getByRole('button', { name: 'Edit config' }).click();
  await page.getByRole('button', { name: 'Add file' }).click();
  await page.getByLabel('File 1 name').fill('gamma.conf');
  await page.getByRole('button', { name: 'Save config' }).click();
  await expect(page.getByRole('table', { name: 'Group config files' })).toContainText('gamma.conf');
  expect(Object.keys((await gateway.state()).groupConfigs as object)).toContain('gamma');

  await nav(page, 'Configs').click();
  await chooseFile(page, 'Configs archive', tarFile('configs.tar'));
  await page.getByRole('button', { name: 'Upload configs' }).click();
  await expect(page.getByText('Configs uploaded successfully')).toBeVisible();
  expect((await gateway.state()).configUploads).toBe(1);
});
