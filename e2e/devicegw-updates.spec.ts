import { chooseFile, expect, test } from './fixtures';
import { createGateway, nav, openGateway, tarFile } from './devicegw-fixtures';

test('an update gets a rollout that assigns its devices, and progress can be followed', async ({
  page,
  request,
  baseURL,
}) => {
  const gateway = await createGateway(request, baseURL!, { deviceCount: 6, rolloutDelayMs: 1500 });
  await openGateway(page, gateway);
  await nav(page, 'Updates').click();
  const table = page.getByRole('table', { name: 'Updates' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await table.getByRole('link', { name: 'main-42' }).click();
  await expect(page.getByRole('heading', { name: 'Update main-42', level: 1 })).toBeVisible();
  await expect(page.getByText('Devices assigned')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'targets' })).toBeVisible();

  await page.getByRole('button', { name: 'Follow progress' }).click();
  await expect(page.getByRole('table', { name: 'Update progress' }).getByRole('row')).toHaveCount(
    3,
  );

  await page.getByRole('button', { name: 'Create rollout' }).click();
  await expect(page.getByText('Choose at least one device UUID or group')).toBeVisible();
  await page.getByLabel('Rollout name').fill('beta-wave');
  await page.getByRole('combobox', { name: 'Device groups' }).click();
  await page.getByRole('option', { name: 'beta' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Create rollout' }).click();
  await expect(page.getByText('Rollout created')).toBeVisible();
  await page
    .getByRole('list', { name: 'Rollouts' })
    .getByRole('link', { name: 'beta-wave' })
    .click();
  await expect(page.getByRole('heading', { name: 'Rollout beta-wave', level: 1 })).toBeVisible();
  await expect(page.getByText('Assigning devices…')).toBeVisible();
  await page.getByRole('button', { name: 'Follow progress' }).click();
  await expect(page.getByText('Rollout was not yet committed')).toBeVisible();
  await expect(page.getByText('Committed', { exact: true })).toBeVisible({ timeout: 10_000 });
  const scheduled = page.getByRole('list', { name: 'Scheduled devices' }).getByRole('listitem');
  await expect(scheduled).toHaveCount(2);
  const rollout = (await gateway.state()).updates.main?.find((u) => u.name === 'main-42')?.rollouts;
  expect(rollout).toHaveProperty('beta-wave');
});

test('uploading and deleting updates, refused while devices are assigned', async ({
  page,
  request,
  baseURL,
}) => {
  const gateway = await createGateway(request, baseURL!, { deviceCount: 6 });
  await openGateway(page, gateway);
  await nav(page, 'Updates').click();
  await page.getByRole('textbox', { name: 'Tag' }).fill('qa');
  await page.getByLabel('Update name').fill('qa 1');
  await page.getByRole('button', { name: 'Upload update' }).click();
  await expect(page.getByText('Use letters, digits, _ . + or -')).toBeVisible();
  await expect(page.getByText('Choose the update archive')).toBeVisible();
  await page.getByLabel('Update name').fill('qa-1');
  await page.getByRole('button', { name: 'Advanced options (target overrides)' }).click();
  await page.getByLabel('Version', { exact: true }).fill('7');
  await chooseFile(page, 'Update archive', tarFile('qa-1.tar'));
  await page.getByRole('button', { name: 'Upload update' }).click();
  await expect(page.getByText('qa/qa-1 is ready for rollouts.')).toBeVisible();
  const upload = (await gateway.state()).requestLog.find((e) => e.method === 'POST');
  expect(upload).toMatchObject({ path: '/v1/updates/qa/qa-1', query: ['version'], status: 201 });

  await page.getByRole('combobox', { name: 'Show tag' }).click();
  await page.getByRole('option', { name: 'qa' }).click();
  const table = page.getByRole('table', { name: 'Updates' });
  await expect(table.getByRole('row')).toHaveCount(2);
  expect((await gateway.state()).requestLog.some((e) => e.path === '/v1/updates/qa')).toBe(true);

  await page.getByRole('combobox', { name: 'Show tag' }).click();
  await page.getByRole('option', { name: 'main' }).click();
  await table.getByRole('link', { name: 'main-42' }).click();
  await page.getByRole('button', { name: 'Delete update' }).click();
  await page
    .getByRole('dialog', { name: 'Delete update main-42?' })
    .getByRole('button', { name: 'Delete update' })
    .click();
  await expect(page.getByRole('alert', { name: 'The update was not deleted' })).toContainText(
    '409 Conflict: Devices are still assigned to this update',
  );

  await nav(page, 'Updates').click();
  await page.getByRole('link', { name: 'main-41' }).click();
  await page.getByRole('button', { name: 'Delete update' }).click();
  await page
    .getByRole('dialog', { name: 'Delete update main-41?' })
    .getByRole('button', { name: 'Delete update' })
    .click();
  await expect(page.getByText('main/main-41 deleted.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Updates', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'main-41' })).toHaveCount(0);
});

test('TUF root versions can be inspected', async ({ page, request, baseURL }) => {
  const gateway = await createGateway(request, baseURL!, { deviceCount: 2 });
  await openGateway(page, gateway);
  await nav(page, 'Updates').click();
  await expect(page.getByLabel('TUF root JSON')).toContainText('"version": 2');
  await page.getByLabel('Root version').fill('1');
  await page.getByRole('button', { name: 'Show root' }).click();
  await expect(page.getByLabel('TUF root JSON')).toContainText('"version": 1');
  await page.getByLabel('Root version').fill('9');
  await page.getByRole('button', { name: 'Show root' }).click();
  await expect(page.getByText('No such root version')).toBeVisible();
});
