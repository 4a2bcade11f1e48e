import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
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

async function updateJob(appliance: Appliance) {
  return (await appliance.state()).update as {
    status: string | null;
    attempts: number;
    errorCode: string | null;
  };
}

async function openUpdates(page: Page, appliance: Appliance, name: string) {
  await addConnection(page, { name, baseUrl: appliance.baseUrl });
  await signIn(page, 'update-token');
  await openFromNav(page, 'Updates');
}

async function choosePackage(page: Page, file: string | { name: string; content: string }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('Update package', { exact: true }).click();
  await (
    await chooser
  ).setFiles(
    typeof file === 'string'
      ? file
      : {
          name: file.name,
          mimeType: 'application/octet-stream',
          buffer: Buffer.from(file.content, 'latin1'),
        },
  );
}

const statusCard = (page: Page) => page.getByRole('region', { name: 'Update status' });
const installCard = (page: Page) => page.getByRole('region', { name: 'Install an update package' });

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('a good package installs: size and SHA-256 first, 100 %, then the overview shows 1.1.0', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'update-token' });
  await openUpdates(page, appliance, 'Update appliance');
  await expect(statusCard(page).getByText('No update has run yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  const content = `Salted__${'x'.repeat(3000)}version=1.1.0${'y'.repeat(2000)}`;
  await choosePackage(page, { name: 'software_package-1.1.0.enc', content });
  const sha = createHash('sha256').update(Buffer.from(content, 'latin1')).digest('hex');
  await expect(page.getByLabel('SHA-256 of the package')).toHaveText(sha);
  await expect(installCard(page).getByText('5.0 KB (5,021 bytes)')).toBeVisible();
  expect(await appliance.requests('POST', 'update')).toEqual([]);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Send update' }).click();
  await expect(statusCard(page).getByText('Running', { exact: true })).toBeVisible();
  await expect(statusCard(page).getByText('Succeeded', { exact: true })).toBeVisible();
  await expect(statusCard(page).getByText('100%')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Update progress' })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  await expect(
    statusCard(page).getByText('The appliance now reports version 1.1.0.'),
  ).toBeVisible();
  await expect(page.getByLabel('Last update log lines')).toContainText('Update successful');
  await expectNoAxeViolations(page);

  const posts = await appliance.requests('POST', 'update');
  expect(posts).toHaveLength(1);
  expect(posts[0]?.status).toBe(202);

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Overview' })
    .click();
  await expect(page.getByTestId('system-version')).toHaveText('1.1.0');
  await expect(page.getByLabel('Changelog')).toContainText('Software update package v1.1.0');
});

test('a package that cannot be decrypted fails with E1005, its meaning, and the full log', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'update-token' });
  await openUpdates(page, appliance, 'Bad package appliance');

  await statusCard(page).getByRole('button', { name: 'Full log' }).click();
  await expect(statusCard(page).getByText('No update log yet.')).toBeVisible();

  await choosePackage(page, { name: 'broken.enc', content: 'Salted__ CORRUPT version=1.1.0' });
  await page.getByRole('button', { name: 'Send update' }).click();

  const failure = statusCard(page).getByRole('alert').filter({ hasText: 'The update failed' });
  await expect(failure).toContainText(
    "E1005: The update package couldn't be decrypted or extracted.",
  );
  await expect(failure).toContainText(
    'The appliance says: Error decrypting software update package',
  );
  await expect(statusCard(page).getByText('Failed', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Last update log lines')).toContainText(
    'Failed updating system. Cleaning up..',
  );

  await statusCard(page).getByRole('button', { name: 'Reload full log' }).click();
  const fullLog = page.getByLabel('Full update log');
  await expect(fullLog).toContainText('Updating system. Please wait..');
  await expect(fullLog).toContainText('Error decrypting software update package');
  await expectNoAxeViolations(page);

  expect(await updateJob(appliance)).toMatchObject({ status: 'failed', errorCode: 'E1005' });
  // a fresh visit shows the same outcome (the session lives in memory, so sign in again)
  await page.reload();
  await signIn(page, 'update-token');
  await expect(statusCard(page).getByText('Failed', { exact: true })).toBeVisible();
  await expect(statusCard(page).getByRole('alert')).toContainText('E1005');
});

test('without a usable file nothing is sent', async ({ page, request, baseURL }) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'update-token' });
  await openUpdates(page, appliance, 'No file appliance');

  await page.getByRole('button', { name: 'Send update' }).click();
  await expect(page.getByText('Choose the update package (.enc) to send')).toBeVisible();

  await choosePackage(page, { name: 'notes.txt', content: 'Salted__ version=1.1.0' });
  await expect(page.getByText('notes.txt is not a .enc file')).toBeVisible();
  await page.getByRole('button', { name: 'Send update' }).click();
  await expect(page.getByText('Choose the update package (.enc) to send')).toBeVisible();

  await choosePackage(page, { name: 'empty.enc', content: '' });
  await page.getByRole('button', { name: 'Send update' }).click();
  await expect(
    page.getByText('This file is empty; the appliance refuses an empty package'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  expect(await appliance.requests('POST', 'update')).toEqual([]);
  expect(await updateJob(appliance)).toMatchObject({ status: null, attempts: 0 });
});

test('cancelling during the upload sends nothing further and starts no update', async ({
  page,
  request,
  baseURL,
}, testInfo) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'update-token' });
  await openUpdates(page, appliance, 'Cancel appliance');
  await expect(statusCard(page).getByText('No update has run yet.')).toBeVisible();

  const big = testInfo.outputPath('big-package.enc');
  const bytes = Buffer.alloc(64 * 1024 * 1024, 0x61);
  bytes.write('Salted__version=1.1.0', 'latin1');
  await writeFile(big, bytes);
  await choosePackage(page, big);
  await expect(page.getByLabel('SHA-256 of the package')).toBeVisible();

  // The simulator reads the body only after the latency, so the upload stalls part-way.
  const latencyMs = 3000;
  await appliance.configure({ latencyMs });
  await page.getByRole('button', { name: 'Send update' }).click();
  const progress = page.getByRole('progressbar', { name: 'Uploading the package progress' });
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel upload' }).click();

  const notice = installCard(page).getByRole('status').filter({ hasText: 'Upload cancelled' });
  await expect(notice).toContainText('did not receive the whole package');
  await expect(progress).toBeHidden();

  // Let the simulator finish with the aborted request before asking what it did.
  await page.waitForTimeout(latencyMs + 1500);
  await appliance.configure({ latencyMs: 0 });
  const state = await appliance.state();
  expect(state.requestCount as number).toBeGreaterThan(0);
  expect(await updateJob(appliance)).toMatchObject({ status: null, attempts: 0 });
  await expect(statusCard(page).getByText('No update has run yet.')).toBeVisible();
  // the aborted request never reached the update handler at all
  expect(await appliance.requests('POST', 'update')).toEqual([]);
});

test('a connection dropped during the upload is reported as uncertain and the status re-read', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'update-token' });
  await openUpdates(page, appliance, 'Dropping appliance');
  await expect(statusCard(page).getByText('No update has run yet.')).toBeVisible();
  await choosePackage(page, { name: 'pkg.enc', content: 'Salted__ version=1.1.0' });
  await expect(page.getByLabel('SHA-256 of the package')).toBeVisible();

  // Chromium silently resends a POST whose reused keep-alive connection closes without an answer
  // (once per idle connection), so every connection is dropped until the page reports it.
  await appliance.configure({ fault: 'drop' });
  await page.getByRole('button', { name: 'Send update' }).click();

  const alert = installCard(page).getByRole('alert').filter({ hasText: 'The connection dropped' });
  await expect(alert).toContainText('The update may or may not have started');
  await appliance.configure({ fault: 'none' });
  await expect(statusCard(page).getByText('No update has run yet.')).toBeVisible();
  // the package stays chosen, ready to send again
  await expect(installCard(page).getByText('pkg.enc')).toBeVisible();

  const rereadAfterDrop = async () => {
    const log = await appliance.requests();
    const posts = log.filter(
      (entry) => entry.method === 'POST' && entry.path === '/api/v1/admin/update',
    );
    const last = posts.at(-1);
    return {
      postsAllDropped: posts.length > 0 && posts.every((entry) => entry.fault === 'drop'),
      rereadAfter:
        last !== undefined &&
        log
          .slice(log.indexOf(last) + 1)
          .some(
            (entry) =>
              entry.method === 'GET' &&
              entry.path === '/api/v1/admin/update' &&
              entry.status === 200,
          ),
    };
  };
  await expect.poll(rereadAfterDrop).toEqual({ postsAllDropped: true, rereadAfter: true });
  expect(await updateJob(appliance)).toMatchObject({ status: null, attempts: 0 });
  await expectNoAxeViolations(page);
});

test('a second update while one runs is refused with E1004; the running one is followed to the end', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'update-token' });
  await appliance.configure({ jobStepMs: 1000 });
  await openUpdates(page, appliance, 'Busy appliance');

  await choosePackage(page, { name: 'first-1.1.0.enc', content: 'Salted__ version=1.1.0' });
  await page.getByRole('button', { name: 'Send update' }).click();
  await expect(statusCard(page).getByText('Running', { exact: true })).toBeVisible();
  await expect(installCard(page).getByText('An update is running')).toBeVisible();

  await choosePackage(page, { name: 'second-1.2.0.enc', content: 'Salted__ version=1.2.0' });
  await page.getByRole('button', { name: 'Send update' }).click();

  const refused = statusCard(page)
    .getByRole('alert')
    .filter({ hasText: 'An update is already running' });
  await expect(refused).toContainText(
    'The appliance did not install second-1.2.0.enc: another update was running when it arrived.',
  );
  await expect(refused).toContainText('E1004: The update process was already running.');
  await expect(refused).toContainText('This page keeps following the update that is running.');
  await expectNoAxeViolations(page);

  await expect(statusCard(page).getByText('Succeeded', { exact: true })).toBeVisible({
    timeout: 15_000,
  });
  await expect(refused).toContainText('did not install second-1.2.0.enc');
  await expect(
    statusCard(page).getByText('The appliance now reports version 1.1.0.'),
  ).toBeVisible();

  const posts = await appliance.requests('POST', 'update');
  expect(posts.map((entry) => entry.status)).toEqual([202, 202]);
  expect(await updateJob(appliance)).toMatchObject({ status: 'success', attempts: 1 });
});

test('a running update is picked up when the page opens', async ({ page, request, baseURL }) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'update-token' });
  await appliance.configure({ jobStepMs: 700 });
  await addConnection(page, { name: 'Resumed appliance', baseUrl: appliance.baseUrl });
  await signIn(page, 'update-token');
  await expect(page.getByTestId('system-version')).toHaveText('1.0.0');

  const started = await request.post(
    `${appliance.baseUrl}/api/v1/admin/update?token=update-token`,
    {
      multipart: {
        update: {
          name: 'other.enc',
          mimeType: 'application/octet-stream',
          buffer: Buffer.from('Salted__ version=1.3.0'),
        },
      },
    },
  );
  expect(started.status()).toBe(202);

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Updates' })
    .click();
  await expect(statusCard(page).getByText('Running', { exact: true })).toBeVisible();
  await expect(statusCard(page).getByText('Succeeded', { exact: true })).toBeVisible({
    timeout: 15_000,
  });
  await expect(
    statusCard(page).getByText('The appliance now reports version 1.3.0.'),
  ).toBeVisible();
});

test('an appliance without the update endpoint says so on a direct visit', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'update-token' });
  await addConnection(page, { name: 'No updates appliance', baseUrl: appliance.baseUrl });
  await signIn(page, 'update-token');
  await expect(page.getByTestId('system-version')).toBeVisible();
  await page.route(/\/api\/v1\/admin\/update\?/, (route) =>
    route.fulfill({
      status: 404,
      contentType: 'application/json',
      body: '{"Status":"404 Not Found"}',
    }),
  );
  await page.goto(page.url().replace(/\/system$/, '/system/update'));
  await signIn(page, 'update-token');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Not enabled on this appliance' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send update' })).toHaveCount(0);
});
