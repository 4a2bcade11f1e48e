import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  type Appliance,
  addConnection,
  createAppliance,
  expect,
  openFromNav,
  expectNoAxeViolations,
  signIn,
  test,
} from './fixtures';

interface BackupState {
  status: string | null;
  filesize: string | null;
  sha256: string | null;
  running: boolean;
  hasArchive: boolean;
  restores: number;
  log: string[];
}

async function backupState(appliance: Appliance) {
  return (await appliance.state()).backup as BackupState;
}

/** A one-file POSIX tar: a 512-byte ustar header, the content padded to 512, two zero blocks. */
function tarArchive(name: string, content: string): Buffer {
  const header = Buffer.alloc(512);
  const data = Buffer.from(content);
  const octal = (value: number, width: number) => `${value.toString(8).padStart(width - 1, '0')}\0`;
  header.write(name, 0, 'ascii');
  header.write(octal(0o644, 8), 100, 'ascii');
  header.write(octal(0, 8), 108, 'ascii');
  header.write(octal(0, 8), 116, 'ascii');
  header.write(octal(data.length, 12), 124, 'ascii');
  header.write(octal(Math.floor(Date.now() / 1000), 12), 136, 'ascii');
  header.write('        ', 148, 'ascii');
  header.write('0', 156, 'ascii');
  header.write('ustar\0', 257, 'ascii');
  header.write('00', 263, 'ascii');
  const checksum = header.reduce((sum, byte) => sum + byte, 0);
  header.write(`${checksum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  const padding = Buffer.alloc((512 - (data.length % 512)) % 512);
  return Buffer.concat([header, data, padding, Buffer.alloc(1024)]);
}

async function openBackupPage(page: Page, appliance: Appliance) {
  await addConnection(page, { name: 'Backup appliance', baseUrl: appliance.baseUrl });
  await signIn(page, 'backup-token');
  await expect(page.getByTestId('system-version')).toBeVisible();
  await openFromNav(page, 'Backup and restore');
}

async function chooseArchive(page: Page, file: { name: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('Backup archive').click();
  await (await chooser).setFiles({ ...file, mimeType: 'application/x-tar' });
  await expect(page.getByText(file.name, { exact: true })).toBeVisible();
}

const status = (page: Page) => page.getByTestId('backup-status');

test('a backup runs, succeeds with its size and sha256, downloads and is logged', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'backup-token' });
  await appliance.configure({ jobStepMs: 1500 });
  await openBackupPage(page, appliance);
  await expect(status(page)).toHaveText('No backup yet');
  await expect(page.getByText('Nothing logged yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Start backup' }).click();
  await expect(status(page)).toHaveText('Running');
  await expect(page.getByRole('button', { name: 'Stop backup' })).toBeVisible();
  await expect(page.getByLabel('Backup log')).toContainText('Validating backup file size');

  await expect(status(page)).toHaveText('Success', { timeout: 10_000 });
  const state = await backupState(appliance);
  expect(state.status).toBe('success');
  const archive = page.getByRole('table', { name: 'Backup archive' });
  await expect(archive.getByRole('row', { name: `Size ${state.filesize}` })).toBeVisible();
  await expect(archive.getByRole('row', { name: `SHA-256 ${state.sha256}` })).toBeVisible();
  await expect(page.getByLabel('Backup log')).toContainText('Backup complete');
  await expect(page.getByLabel('Backup log')).toContainText(`hash: ${state.sha256}`);
  const polls = await appliance.requests('GET', 'backup');
  expect(polls.length).toBeGreaterThanOrEqual(3);
  expect((await appliance.requests('POST', 'backup')).map((entry) => entry.status)).toEqual([202]);
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup.tar' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('backup.tar');
  const bytes = await readFile((await download.path())!);
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(state.sha256);
  await expect(page.getByText('Backup downloaded')).toBeVisible();

  await page.getByRole('button', { name: 'Delete backup' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete backup.tar?' });
  await expect(dialog).toContainText('Backup appliance');
  await dialog.getByRole('button', { name: 'Delete backup' }).click();
  await expect(status(page)).toHaveText('No backup yet');
  expect((await backupState(appliance)).hasArchive).toBe(false);
});

test('a running backup can be stopped', async ({ page, request, baseURL }) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'backup-token' });
  await appliance.configure({ jobStepMs: 10_000 });
  await openBackupPage(page, appliance);

  await page.getByRole('button', { name: 'Start backup' }).click();
  await expect(status(page)).toHaveText('Running');
  await page.getByRole('button', { name: 'Stop backup' }).click();

  await expect(status(page)).toHaveText('Failed');
  await expect(page.getByText('The backup was stopped')).toBeVisible();
  await expect(page.getByLabel('Backup log')).toContainText('Stopping backup');
  const state = await backupState(appliance);
  expect(state).toMatchObject({ status: 'failed', running: false, hasArchive: false });
  expect(await appliance.requests('POST', 'backup')).toHaveLength(2);
  await expect(page.getByRole('button', { name: 'Start backup' })).toBeVisible();
});

test('a failed backup says so and shows the log', async ({ page, request, baseURL }) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'backup-token' });
  await appliance.configure({ backupOutcome: 'failed' });
  await openBackupPage(page, appliance);

  await page.getByRole('button', { name: 'Start backup' }).click();
  await expect(status(page)).toHaveText('Failed', { timeout: 10_000 });
  await expect(page.getByText('The backup failed')).toBeVisible();
  await expect(page.getByLabel('Backup log')).toContainText('Backup archive is too large');
  await expect(page.getByRole('button', { name: 'Download backup.tar' })).toHaveCount(0);
  expect((await backupState(appliance)).status).toBe('failed');
  await expectNoAxeViolations(page);
});

test('restore asks first; cancel sends nothing, a tar archive restores, anything else is refused', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'backup-token' });
  await openBackupPage(page, appliance);

  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByText('Choose a backup archive')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await chooseArchive(page, {
    name: 'backup.tar',
    buffer: tarArchive('data/settings.json', '{"network":{}}\n'),
  });
  await page.getByRole('button', { name: 'Restore backup' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore backup.tar?' });
  await expect(dialog).toContainText('Restore will overwrite files in /data');
  await expect(dialog).toContainText('Backup appliance');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await appliance.requests('POST', 'backup/restore')).toEqual([]);
  expect((await appliance.state()).rejectedForValidation).toBe(0);

  await page.getByRole('button', { name: 'Restore backup' }).click();
  await dialog.getByRole('button', { name: 'Restore and overwrite /data' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'The files in /data were restored from backup.tar' }),
  ).toBeVisible();
  expect((await backupState(appliance)).restores).toBe(1);
  await expect(page.getByLabel('Backup log')).toContainText('Restore complete');

  await chooseArchive(page, { name: 'notes.tar', buffer: Buffer.from('just some text\n') });
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await page
    .getByRole('dialog', { name: 'Restore notes.tar?' })
    .getByRole('button', { name: 'Restore and overwrite /data' })
    .click();
  await expect(page.getByText('The backup was not restored')).toBeVisible();
  await expect(page.getByText('400 Bad Request: Unable to extract backup archive')).toBeVisible();
  await expect(page.getByText('notes.tar', { exact: true })).toBeVisible();
  expect((await backupState(appliance)).restores).toBe(1);
  expect((await appliance.requests('POST', 'backup/restore')).map((entry) => entry.status)).toEqual(
    [200, 400],
  );
  await expectNoAxeViolations(page);
});
