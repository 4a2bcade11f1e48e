import { expect, expectNoAxeViolations, test } from './fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

// Whole flows with uploads and reboots, on a machine shared by many test runs.
test.describe.configure({ timeout: 120_000 });

test('a restart waits while the controller is gone and says when it is back', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!, { rebootDowntimeMs: 3000 });
  await addAndSignInVns3(page, sim, 'Reboot controller');
  await vns3Nav(page, 'Remote support').click();
  await expect(
    page.getByRole('heading', { name: 'Remote support and server', level: 1 }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Restart controller' }).click();
  await page
    .getByRole('dialog', { name: 'Restart Reboot controller?' })
    .getByRole('button', { name: 'Restart' })
    .click();
  const wait = page.getByRole('dialog', { name: 'Waiting for Reboot controller to restart' });
  await expect(wait.getByText('Reboot controller has stopped answering')).toBeVisible();
  expect(await sim.state()).toMatchObject({ rebooting: true, reboots: 1 });
  const back = page.getByRole('dialog', { name: 'Reboot controller is back online' });
  await expect(back.getByText(/answers again after/)).toBeVisible({ timeout: 15_000 });
  await back.getByRole('button', { name: 'Done' }).click();
  const dropped = (await sim.requestsTo('GET', '/config')).filter((r) => r.status === 'dropped');
  expect(dropped.length).toBeGreaterThan(0);
  expect((await sim.requestsTo('PUT', '/server')).length).toBe(1);
});

test('the restart wait also understands a 503 while the controller restarts', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!, { rebootDowntimeMs: 3000, rebootAnswer: '503' });
  await addAndSignInVns3(page, sim, 'Proxy controller');
  await vns3Nav(page, 'Remote support').click();
  await page.getByRole('button', { name: 'Restart controller' }).click();
  await page
    .getByRole('dialog', { name: 'Restart Proxy controller?' })
    .getByRole('button', { name: 'Restart' })
    .click();
  await expect(page.getByText('Proxy controller has stopped answering')).toBeVisible();
  await expect(page.getByText(/answers again after/)).toBeVisible({ timeout: 15_000 });
});

test('enables remote support, downloads the support key, then revokes it', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim, 'Support controller');
  await vns3Nav(page, 'Remote support').click();
  await expect(page.getByText('Disabled', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Enable remote support' }).click();
  await expect(page.getByText('Enabled', { exact: true })).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('Encrypted passphrase file', { exact: true }).click();
  await (
    await chooser
  ).setFiles({
    name: 'passphrase.enc',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('encrypted-passphrase'),
  });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate and download key' }).click();
  expect((await download).suggestedFilename()).toBe('remote_support_key.pem');
  expect(await sim.state()).toMatchObject({ remoteSupport: true, remoteSupportKeypairs: 1 });

  await page.getByRole('button', { name: 'Revoke support key' }).click();
  await page
    .getByRole('dialog', { name: 'Revoke the support key of Support controller?' })
    .getByRole('button', { name: 'Revoke key' })
    .click();
  await expect(page.getByText('Support key revoked')).toBeVisible();
  expect(await sim.state()).toMatchObject({ remoteSupportKeypairs: 0 });

  await page.getByLabel('NTP hosts').fill('pool.ntp.org bad_host!');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(
    page.getByText('Enter host names or IPv4 addresses separated by spaces'),
  ).toBeVisible();
  await page.getByLabel('NTP hosts').fill('pool.ntp.org 192.0.2.1');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Cloud details' })).toContainText('ec2');
  expect(await sim.rejected()).toBe(0);
});

test('the server page shows GET /status and names read back from GET /config', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim, 'Named controller');
  await vns3Nav(page, 'Remote support').click();
  const status = page.getByRole('table', { name: 'Runtime status' });
  await expect(status).toContainText('IPsec tunnels up3 of 5');
  await expect(status).toContainText('Connected clients0');
  expect(await sim.requestsTo('GET', '/status')).toHaveLength(1);

  const name = page.getByLabel('Controller name');
  await expect(name).toHaveValue('controller-1');
  await name.fill('edge-9');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await vns3Nav(page, 'Snapshots').click();
  await vns3Nav(page, 'Remote support').click();
  await expect(page.getByLabel('Controller name')).toHaveValue('edge-9');
  const configs = await sim.requestsTo('GET', '/config');
  expect(configs.filter((entry) => entry.status === 200).length).toBeGreaterThan(1);
  await expect(page.getByLabel('NTP hosts')).toHaveValue('0.pool.ntp.org 1.pool.ntp.org');
  await expectNoAxeViolations(page);
  expect(await sim.rejected()).toBe(0);
});
