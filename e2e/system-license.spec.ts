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

const ACME_LICENSE = [
  '-----BEGIN PGP MESSAGE-----',
  'Name: Acme Corp',
  'Users: 50',
  '',
  'hQEMA3b6K2Qw1Zc9AQf/cP0q',
  '-----END PGP MESSAGE-----',
  '',
].join('\n');

/** POST /license requests the page itself made (the browser may resend one on its own). */
function countLicensePosts(page: Page) {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/license')) {
      sent.push(request.url());
    }
  });
  return sent;
}

async function openLicensePage(page: Page, appliance: Appliance, token: string) {
  await addConnection(page, { name: 'License appliance', baseUrl: appliance.baseUrl });
  await signIn(page, token);
  await expect(page.getByTestId('system-version')).toBeVisible();
  await openFromNav(page, 'License');
}

async function chooseFile(page: Page, label: string, file: { name: string; text: string }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel(label).click();
  await (
    await chooser
  ).setFiles({
    name: file.name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(file.text),
  });
  await expect(page.getByText(file.name, { exact: true })).toBeVisible();
}

test('shows the installed license with its expiry; no file means nothing is sent', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'license-token' });
  await openLicensePage(page, appliance, 'license-token');

  const details = page.getByRole('table', { name: 'Installed license' });
  await expect(details.getByRole('row', { name: /Application\s+enterprise/ })).toBeVisible();
  await expect(details.getByRole('row', { name: /Users\s+20/ })).toBeVisible();
  await expect(
    details.getByRole('row', { name: /Expires\s+19 January 2038\s+\d+ days left/ }),
  ).toBeVisible();
  await expect(
    details.getByRole('row', { name: /Licensed to\s+Enterprise Company/ }),
  ).toBeVisible();
  await expect(details.getByRole('row', { name: /Contact\s+cto@enterprise/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Upload license' }).click();
  await expect(page.getByText('Choose a license file to upload')).toBeVisible();
  expect(await appliance.requests('POST', 'license')).toEqual([]);
  expect((await appliance.state()).rejectedForValidation).toBe(0);
});

test('an expired license says how long ago', async ({ page, request, baseURL }) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'license-token' });
  const past = new Date(Date.now() - 10 * 86_400_000 - 3_600_000);
  const month = past.toLocaleString('en-GB', { month: 'long' });
  await appliance.configure({
    license: {
      app: 'lab',
      users: 5,
      expires: `${past.getDate()} ${month} ${past.getFullYear()}`,
      name: 'Old Co',
      contact: 'ops@old',
    },
  });
  await openLicensePage(page, appliance, 'license-token');
  await expect(page.getByText(/^expired (10|11) days ago$/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an appliance without a license says so and still takes one', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'license-token' });
  await appliance.configure({ license: null });
  await openLicensePage(page, appliance, 'license-token');
  await expect(page.getByRole('heading', { name: 'No license installed' })).toBeVisible();
  await expectNoAxeViolations(page);

  await chooseFile(page, 'License file', { name: 'acme.asc', text: ACME_LICENSE });
  await page.getByRole('button', { name: 'Upload license' }).click();
  await expect(
    page.getByText('The appliance closed the connection, but the new license is installed'),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /Licensed to\s+Acme Corp/ })).toBeVisible();
});

test('v1.24.0 drops the connection after storing the license: the page reads it back', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'license-token' });
  await openLicensePage(page, appliance, 'license-token');
  await expect(page.getByRole('row', { name: /Licensed to\s+Enterprise Company/ })).toBeVisible();

  const sent = countLicensePosts(page);
  await chooseFile(page, 'License file', { name: 'acme.asc', text: ACME_LICENSE });
  await page.getByRole('button', { name: 'Upload license' }).click();

  await expect(
    page.getByText('The appliance closed the connection, but the new license is installed'),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /Licensed to\s+Acme Corp/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Users\s+50/ })).toBeVisible();
  expect(sent).toHaveLength(1);
  // Chromium resends a request whose reused keep-alive connection closes without an answer,
  // so the appliance may see the same upload several times; every one was dropped.
  const posts = await appliance.requests('POST', 'license');
  expect(posts.length).toBeGreaterThanOrEqual(1);
  for (const post of posts) expect(post).toMatchObject({ status: 'dropped', query: ['hash'] });
  expect((await appliance.state()).license).toMatchObject({ name: 'Acme Corp', users: 50 });
  await expectNoAxeViolations(page);
});

test('a dropped connection with the license unchanged says it was not applied', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'license-token' });
  await openLicensePage(page, appliance, 'license-token');
  // Fields equal to the installed ones: the appliance stores it, nothing changes, then it drops.
  const same = '-----BEGIN PGP MESSAGE-----\nName: Enterprise Company\n';
  const sent = countLicensePosts(page);
  await chooseFile(page, 'License file', { name: 'same.asc', text: same });
  await page.getByRole('button', { name: 'Upload license' }).click();
  await expect(page.getByText('The license was not applied')).toBeVisible();
  await expect(page.getByRole('row', { name: /Licensed to\s+Enterprise Company/ })).toBeVisible();
  expect(sent).toHaveLength(1);
  const posts = await appliance.requests('POST', 'license');
  expect(posts.length).toBeGreaterThanOrEqual(1);
  for (const post of posts) expect(post.status).toBe('dropped');
});

test('with the upstream bug fixed, the 200 answer installs the license', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'license-token' });
  await appliance.configure({ licenseBugFixed: true });
  await openLicensePage(page, appliance, 'license-token');

  await chooseFile(page, 'License file', { name: 'acme.asc', text: ACME_LICENSE });
  await page.getByRole('button', { name: 'Upload license' }).click();

  await expect(page.getByText('License installed')).toBeVisible();
  await expect(page.getByRole('row', { name: /Licensed to\s+Acme Corp/ })).toBeVisible();
  await expect(page.getByText(/closed the connection/)).toHaveCount(0);
  const posts = await appliance.requests('POST', 'license');
  expect(posts.map((post) => post.status)).toEqual([200]);
});

test('an invalid license file shows the 400 and keeps the installed license', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'license-token' });
  await openLicensePage(page, appliance, 'license-token');

  await chooseFile(page, 'License file', {
    name: 'notes.txt',
    text: 'Name: Mallory\nUsers: 9999\n',
  });
  await page.getByRole('button', { name: 'Upload license' }).click();

  await expect(
    page.getByText('The appliance could not decrypt or validate this license file'),
  ).toBeVisible();
  await expect(page.getByText(/^400 Bad Request/)).toBeVisible();
  await expect(page.getByText('notes.txt', { exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: /Licensed to\s+Enterprise Company/ })).toBeVisible();
  expect((await appliance.requests('POST', 'license')).map((post) => post.status)).toEqual([400]);
  await expectNoAxeViolations(page);
});

test('an upload can be cancelled while it waits for the appliance', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'license-token' });
  await openLicensePage(page, appliance, 'license-token');
  await appliance.configure({ latencyMs: 4000 });

  await chooseFile(page, 'License file', { name: 'acme.asc', text: ACME_LICENSE });
  await page.getByRole('button', { name: 'Upload license' }).click();
  await expect(page.getByRole('progressbar', { name: 'Uploading progress' })).toBeVisible({
    timeout: 10_000,
  });
  await page.getByRole('button', { name: 'Cancel upload' }).click();

  await expect(page.getByText('Upload cancelled.')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByText(/closed the connection|not applied|could not decrypt/)).toHaveCount(
    0,
  );
  await expect(page.getByText('acme.asc', { exact: true })).toBeVisible();
});

test('an appliance without the license endpoint says it is not enabled', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, {
    token: 'license-token',
    endpoints: ['backup'],
  });
  await addConnection(page, { name: 'License appliance', baseUrl: appliance.baseUrl });
  await signIn(page, 'license-token');
  await expect(page.getByTestId('system-version')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Backup and restore' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'License' })).toHaveCount(0);

  // An old bookmark: navigate inside the app, keeping the in-memory session.
  await page.evaluate(
    (path) => {
      window.history.pushState({}, '', path);
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
    new URL(page.url()).pathname.replace(/\/system$/, '/system/license'),
  );
  await expect(page.getByRole('heading', { name: 'Not enabled on this appliance' })).toBeVisible();
  await expect(page.getByLabel('License file')).toHaveCount(0);
});
