import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { chooseFile, expect, expectNoAxeViolations, test } from './fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

// Whole flows with uploads and reboots, on a machine shared by many test runs.
test.describe.configure({ timeout: 120_000 });

const LICENSE = {
  name: 'controller.lic',
  mimeType: 'text/plain',
  buffer: Buffer.from('VNS3 LICENSE\nabc\n'),
};

async function openLicence(page: Page) {
  await vns3Nav(page, 'Licence').click();
  await expect(page.getByRole('heading', { name: 'Licence', level: 1 })).toBeVisible();
}

test('licenses a fresh controller: upload, parameters with a reboot, then the keyset', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!, {
    fresh: true,
    rebootDowntimeMs: 2500,
    keysetDurationMs: 2500,
  });
  await addAndSignInVns3(page, sim, 'Fresh controller');
  await openLicence(page);
  await expect(page.getByText('Not licensed')).toBeVisible();

  await page.getByRole('button', { name: 'Upload licence' }).click();
  await expect(page.getByText('Choose a file first')).toBeVisible();
  await chooseFile(page, 'Licence file', LICENSE);
  await page.getByRole('button', { name: 'Upload licence' }).click();
  await expect(page.getByText('Parameters not set')).toBeVisible();
  const puts = await sim.requestsTo('PUT', '/license');
  expect(puts).toHaveLength(1);

  await page.getByLabel("Use the licence's default addressing").uncheck();
  await page.getByLabel('Overlay subnet').fill('10.10.0.0/33');
  await page.getByLabel('Manager addresses').fill('10.10.0.1 10.10.0.2');
  await page.getByLabel('Manager ASNs').fill('65001');
  await page.getByRole('button', { name: 'Set parameters and restart' }).click();
  await expect(
    page.getByText('Enter an IPv4 network in CIDR form, for example 100.64.0.0/24'),
  ).toBeVisible();
  await expect(page.getByText('Give one ASN per manager')).toBeVisible();
  await page.getByLabel('Overlay subnet').fill('10.10.0.0/24');
  await page.getByLabel('Manager ASNs').fill('65001 65002');
  await page.getByRole('button', { name: 'Set parameters and restart' }).click();
  const confirm = page.getByRole('dialog', {
    name: 'Set the licence parameters of Fresh controller?',
  });
  await expect(confirm).toContainText(
    'Overlay subnet 10.10.0.0/24 with managers 10.10.0.1 10.10.0.2',
  );
  await expect(confirm).toContainText('cannot be undone');
  await confirm.getByRole('button', { name: 'Set parameters and restart' }).click();

  const wait = page.getByRole('dialog', { name: /Fresh controller/ });
  await expect(wait.getByText('Fresh controller has stopped answering')).toBeVisible();
  await expect(wait.getByText(/answers again after/)).toBeVisible({ timeout: 15_000 });
  await wait.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('Licensed', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Licence details' })).toContainText(
    '#2 10.10.0.2 (ASN 65002)',
  );
  expect(await sim.state()).toMatchObject({ licensed: true, reboots: 1 });

  await vns3Nav(page, 'Keyset').click();
  await page.getByRole('button', { name: 'Generate keyset' }).click();
  await expect(page.getByText('Enter the keyset token')).toBeVisible();
  await page.getByLabel('Copy from peer controller').fill('not-an-ip');
  await page.getByLabel('Keyset token').fill('shared topology secret');
  await page.getByRole('button', { name: 'Generate keyset' }).click();
  await expect(page.getByText('Enter the IPv4 address of a peer controller')).toBeVisible();
  await page.getByLabel('Copy from peer controller').fill('');
  await page.getByRole('button', { name: 'Generate keyset' }).click();
  await expect(page.getByRole('progressbar', { name: 'Keyset generation progress' })).toBeVisible();
  await expect(page.getByText('Keyset present')).toBeVisible({ timeout: 10_000 });
  expect(await sim.rejected()).toBe(0);
  expect(await sim.state()).toMatchObject({ keysetPresent: true });
});

test('an upload can be cancelled part-way; the controller stays unlicensed', async ({
  page,
  request,
  baseURL,
}, testInfo) => {
  const sim = await createVns3(request, baseURL!, { fresh: true });
  await addAndSignInVns3(page, sim, 'Cancel controller');
  await openLicence(page);
  const big = testInfo.outputPath('big.lic');
  await writeFile(big, Buffer.alloc(48 * 1024 * 1024, 0x61));
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('Licence file', { exact: true }).click();
  await (await chooser).setFiles(big);
  await sim.configure({ latencyMs: 4000 });
  await page.getByRole('button', { name: 'Upload licence' }).click();
  const progress = page.getByRole('progressbar', { name: 'Uploading progress' });
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel upload' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Upload cancelled.' })).toBeVisible();
  await expect(progress).toBeHidden();
  await page.waitForTimeout(5000);
  await sim.configure({ latencyMs: 0 });
  expect(await sim.state()).toMatchObject({ licensed: false, licenseFinalized: false });
  await expect(page.getByText('Not licensed')).toBeVisible();
});

test('an upgrade the controller cannot verify shows its message; a good one applies', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim, 'Licensed controller');
  await openLicence(page);
  await expect(page.getByText('Licensed', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await chooseFile(page, 'Upgraded licence file', { ...LICENSE, name: 'plain.lic' });
  await page.getByRole('button', { name: 'Upload upgrade' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The upgrade was not applied' }),
  ).toContainText('400: License upgrade could not be verified');
  await chooseFile(page, 'Upgraded licence file', {
    name: 'upgrade.lic',
    mimeType: 'text/plain',
    buffer: Buffer.from('UPGRADE +10 clients'),
  });
  await page.getByRole('button', { name: 'Upload upgrade' }).click();
  await expect(page.getByText('10 new clientpacks, 0 new managers.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Licence details' })).toContainText(
    'Upgrades applied1',
  );
  expect(await sim.state()).toMatchObject({ licenseUpgrades: 1 });
  const uploads = await sim.requestsTo('PUT', '/license/upgrade');
  expect(uploads).toHaveLength(2);
});
