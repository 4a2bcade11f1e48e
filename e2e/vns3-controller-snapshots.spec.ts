import { readFile, writeFile } from 'node:fs/promises';
import { CERTIFICATE_PEM, ENCRYPTED_RSA_KEY_PEM, RSA_KEY_PEM } from '../src/test/pemSamples';
import { chooseFile, expect, expectNoAxeViolations, test } from './fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

// Whole flows with uploads and reboots, on a machine shared by many test runs.
test.describe.configure({ timeout: 120_000 });

test('takes, downloads and deletes snapshots; a fresh controller restores one and reboots', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!, { rebootDowntimeMs: 2000 });
  await addAndSignInVns3(page, sim, 'Backup controller');
  await vns3Nav(page, 'Snapshots').click();
  const table = page.getByRole('table', { name: 'Snapshots' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expectNoAxeViolations(page);

  await page.getByLabel('Snapshot name').fill('bad name!');
  await page.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(
    page.getByText('Use at most 64 letters, digits, dots, dashes and underscores'),
  ).toBeVisible();
  await page.getByLabel('Snapshot name').fill('before-upgrade');
  await page.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(table.getByRole('row', { name: /before-upgrade/ })).toBeVisible();

  const download = page.waitForEvent('download');
  await table.getByRole('button', { name: 'Download before-upgrade' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('before-upgrade');

  await table.getByRole('button', { name: 'Delete before-upgrade' }).click();
  await page
    .getByRole('dialog', { name: 'Delete snapshot before-upgrade?' })
    .getByRole('button', { name: 'Delete snapshot' })
    .click();
  await expect(table.getByRole('row', { name: /before-upgrade/ })).toHaveCount(0);

  // This controller has a keyset: the controller refuses, and the page says why.
  await expect(page.getByText('Backup controller has a keyset, so it will refuse.')).toBeVisible();
  const snapshot = await readFile(await file.path());
  expect(snapshot.toString()).toMatch(/^VNS3 SNAPSHOT/);
  await chooseFile(page, 'Snapshot file', {
    name: 'restore.snap',
    mimeType: 'application/octet-stream',
    buffer: snapshot,
  });
  await page.getByRole('button', { name: 'Restore and restart' }).click();
  await page
    .getByRole('dialog', { name: 'Restore restore.snap on Backup controller?' })
    .getByRole('button', { name: 'Restore and restart' })
    .click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The snapshot was not restored' }),
  ).toContainText('403: Keyset present - snapshot import not allowed');

  expect(await sim.rejected()).toBe(0);
});

test('a fresh controller explains the licence gate and restores a snapshot, then reboots', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!, { fresh: true, rebootDowntimeMs: 2000 });
  await addAndSignInVns3(page, sim, 'Backup controller');
  await vns3Nav(page, 'Snapshots').click();
  const table = page.getByRole('table', { name: 'Snapshots' });
  const snapshot = Buffer.from('VNS3 SNAPSHOT\nbefore-upgrade\n');
  await expect(page.getByText('Must be licensed first.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'open Licence' })).toHaveAttribute(
    'href',
    /\/controller\/license$/,
  );
  await chooseFile(page, 'Snapshot file', {
    name: 'restore.snap',
    mimeType: 'application/octet-stream',
    buffer: snapshot,
  });
  await page.getByRole('button', { name: 'Restore and restart' }).click();
  await page
    .getByRole('dialog', { name: 'Restore restore.snap on Backup controller?' })
    .getByRole('button', { name: 'Restore and restart' })
    .click();
  await expect(page.getByText('Backup controller has stopped answering')).toBeVisible();
  await expect(page.getByText(/answers again after/)).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByLabel('Snapshot import log')).toContainText('Configuration imported');
  expect(await sim.state()).toMatchObject({ restoredFrom: 'upload', keysetPresent: true });
  // Licensed by the restore: the list loads now (this simulator restores no snapshot files).
  await expect(page.getByText('No snapshots')).toBeVisible();
  await expect(table).toHaveCount(0);
  expect(await sim.rejected()).toBe(0);
});

test('a snapshot restore can be cancelled during the upload', async ({
  page,
  request,
  baseURL,
}, testInfo) => {
  const sim = await createVns3(request, baseURL!, { fresh: true });
  await addAndSignInVns3(page, sim, 'Slow controller');
  await vns3Nav(page, 'Snapshots').click();
  const big = testInfo.outputPath('big.snap');
  await writeFile(
    big,
    Buffer.concat([Buffer.from('VNS3 SNAPSHOT\n'), Buffer.alloc(48 * 1024 * 1024, 0x61)]),
  );
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('Snapshot file', { exact: true }).click();
  await (await chooser).setFiles(big);
  await sim.configure({ latencyMs: 4000 });
  await page.getByRole('button', { name: 'Restore and restart' }).click();
  await page
    .getByRole('dialog', { name: /^Restore big.snap/ })
    .getByRole('button', { name: 'Restore and restart' })
    .click();
  await expect(page.getByRole('progressbar', { name: 'Uploading progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel upload' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Upload cancelled.' })).toBeVisible();
  await page.waitForTimeout(5000);
  await sim.configure({ latencyMs: 0 });
  expect(await sim.state()).toMatchObject({ restoredFrom: null, reboots: 0, keysetPresent: false });
});

test('SSL: PEM files are checked before upload; a good pair is installed and polled', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!, { sslInstallMs: 1500 });
  await addAndSignInVns3(page, sim, 'TLS controller');
  await vns3Nav(page, 'SSL certificate').click();
  await expect(page.getByRole('table', { name: 'Certificate 1' })).toContainText('CN=vns3.local');
  await page.getByRole('button', { name: 'Upload and install' }).click();
  await expect(page.getByText('Choose a file first')).toHaveCount(2);
  await chooseFile(page, 'Certificate (PEM)', {
    name: 'key-as-cert.pem',
    mimeType: 'text/plain',
    buffer: Buffer.from(RSA_KEY_PEM),
  });
  await expect(page.getByText('This file holds a private key, not a certificate')).toBeVisible();
  await chooseFile(page, 'Private key (PEM)', {
    name: 'locked.key',
    mimeType: 'text/plain',
    buffer: Buffer.from(ENCRYPTED_RSA_KEY_PEM),
  });
  await expect(
    page.getByText('The key is encrypted: the appliance needs an unencrypted RSA key'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Upload and install' }).click();
  expect(await sim.requestsTo('PUT', '/system/ssl/keypair')).toHaveLength(0);

  await chooseFile(page, 'Certificate (PEM)', {
    name: 'server.crt',
    mimeType: 'text/plain',
    buffer: Buffer.from(CERTIFICATE_PEM),
  });
  await chooseFile(page, 'Private key (PEM)', {
    name: 'server.key',
    mimeType: 'text/plain',
    buffer: Buffer.from(RSA_KEY_PEM),
  });
  await page.getByRole('button', { name: 'Upload and install' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Job pending' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Certificate 1' })).toContainText(
    'CN=installed.vns3.example',
    { timeout: 10_000 },
  );
  expect((await sim.requestsTo('GET', /^\/system\/ssl\/install\//)).length).toBeGreaterThan(1);
  expect(await sim.rejected()).toBe(0);
});

test('fetching another controller’s configuration: refused with a keyset, restarts a fresh one', async ({
  page,
  request,
  baseURL,
}) => {
  const busy = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, busy, 'Busy controller');
  await vns3Nav(page, 'Snapshots').click();
  const host = page.getByLabel('Source controller address');
  const password = page.getByLabel('Source controller API password');
  await host.fill('198.51.100.300');
  await page.getByRole('button', { name: 'Fetch and restart' }).click();
  await expect(page.getByText('Enter the IPv4 address of the source controller')).toBeVisible();
  await expect(page.getByText("Enter the source controller's API password")).toBeVisible();
  await host.fill('198.51.100.20');
  await password.fill('source-password');
  await page.getByRole('button', { name: 'Fetch and restart' }).click();
  await page
    .getByRole('dialog', { name: 'Replace the configuration of Busy controller?' })
    .getByRole('button', { name: 'Fetch and restart' })
    .click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The configuration was not fetched' }),
  ).toContainText('403: Keyset present - snapshot import not allowed');
  await expect(host).toHaveValue('198.51.100.20');
  await expect(password).toHaveValue('source-password');
  expect(await busy.rejected()).toBe(0);

  const fresh = await createVns3(request, baseURL!, { fresh: true, rebootDowntimeMs: 2000 });
  await addAndSignInVns3(page, fresh, 'Fresh controller');
  await vns3Nav(page, 'Snapshots').click();
  await host.fill('198.51.100.20');
  await password.fill('source-password');
  await page.getByRole('button', { name: 'Fetch and restart' }).click();
  await page
    .getByRole('dialog', { name: 'Replace the configuration of Fresh controller?' })
    .getByRole('button', { name: 'Fetch and restart' })
    .click();
  const back = page.getByRole('dialog', { name: 'Fresh controller is back online' });
  await expect(back.getByText(/answers again after/)).toBeVisible({ timeout: 15_000 });
  await back.getByRole('button', { name: 'Done' }).click();
  expect(await fresh.state()).toMatchObject({
    restoredFrom: 'fetch:198.51.100.20',
    keysetPresent: true,
  });
  expect(await fresh.requestsTo('PUT', '/snapshots/fetch_config')).toHaveLength(1);
  expect(await fresh.rejected()).toBe(0);
});
