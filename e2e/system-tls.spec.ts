import type { Page } from '@playwright/test';
import {
  CA_PEM,
  CERTIFICATE_PEM,
  ENCRYPTED_PKCS8_KEY_PEM,
  ENCRYPTED_RSA_KEY_PEM,
  PKCS8_RSA_KEY_PEM,
  RSA_KEY_PEM,
} from '../src/test/pemSamples';
import {
  type Appliance,
  type LoggedRequest,
  addConnection,
  createAppliance,
  expect,
  openFromNav,
  expectNoAxeViolations,
  signIn,
  test,
} from './fixtures';

type Slot = 'Public certificate' | 'Private key' | 'CA certificate (optional)';

async function openTls(page: Page, appliance: Appliance) {
  await addConnection(page, { name: 'TLS appliance', baseUrl: appliance.baseUrl });
  await signIn(page, 'tls-token');
  await openFromNav(page, 'TLS certificates');
}

async function choose(page: Page, slot: Slot, name: string, content: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel(slot, { exact: true }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(content) });
  await expect(page.getByLabel(slot, { exact: true })).toContainText(name);
}

/** A certificate that still passes the PEM checks but that the appliance finds does not match. */
const MISMATCHED_CERTIFICATE = CERTIFICATE_PEM.replace(
  /\n([A-Za-z0-9+/]{8})(\S{40,})\n/,
  '\nMISMATCH$2\n',
);

test.describe('TLS certificates', () => {
  let appliance: Appliance;

  test.beforeEach(async ({ page, request, baseURL }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    appliance = await createAppliance(request, baseURL!, { token: 'tls-token' });
  });

  test('a valid certificate, key and CA upload reaches success with its log', async ({ page }) => {
    await openTls(page, appliance);
    await expect(page.getByText('No certificate update has run yet.')).toBeVisible();
    await choose(page, 'Public certificate', 'appliance.pem', CERTIFICATE_PEM);
    await choose(page, 'Private key', 'appliance.key', PKCS8_RSA_KEY_PEM);
    await choose(page, 'CA certificate (optional)', 'ca.pem', CA_PEM);
    await page.getByRole('button', { name: 'Upload certificates' }).click();

    await expect(
      page.getByRole('status').filter({ hasText: 'Installing the certificates…' }),
    ).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Certificates installed' }),
    ).toBeVisible();
    const log = page.getByLabel('Certificate update log');
    await expect(log).toContainText('Validating and adding TLS certificates');
    await expect(log).toContainText('Checking CA certificate: ca.pem');
    await expect(log).toContainText('Add TLS certificates successful');
    await expect(page.getByText('Success', { exact: true })).toBeVisible();

    const state = await appliance.state();
    expect(state.certs).toMatchObject({ status: 'success', installed: true });
    const posts = await appliance.requests('POST', 'certs');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ query: ['hash'], status: 202 });
    const polls = (state.requestLog as LoggedRequest[]).filter(
      (entry) => entry.method === 'GET' && entry.path === '/api/v1/admin/certs',
    );
    expect(polls.length).toBeGreaterThanOrEqual(2);
    expect(polls.every((entry) => entry.query.join() === 'hash')).toBe(true);
  });

  test('a key that does not match fails on the appliance and shows the failed log', async ({
    page,
  }) => {
    expect(MISMATCHED_CERTIFICATE).toContain('\nMISMATCH');
    await openTls(page, appliance);
    await choose(page, 'Public certificate', 'appliance.pem', MISMATCHED_CERTIFICATE);
    await choose(page, 'Private key', 'appliance.key', RSA_KEY_PEM);
    await page.getByRole('button', { name: 'Upload certificates' }).click();

    await expect(
      page.getByRole('alert').filter({ hasText: 'The certificate update failed' }),
    ).toBeVisible();
    const log = page.getByLabel('Certificate update log');
    await expect(log).toContainText('Public/private key SHA256 hash mismatch');
    await expect(log).toContainText('Invalid or missing TLS certificate files');
    await expect(page.getByText('Failed', { exact: true })).toBeVisible();
    expect(await appliance.state()).toMatchObject({
      certs: { status: 'failed', installed: false },
      rejectedForValidation: 0,
    });
  });

  test('files that are not the right PEM are refused before anything is sent', async ({ page }) => {
    await openTls(page, appliance);
    await page.getByRole('button', { name: 'Upload certificates' }).click();
    await expect(page.getByText('Choose the public certificate (PEM)')).toBeVisible();
    await expect(page.getByText('Choose the private key (unencrypted RSA, PEM)')).toBeVisible();

    await choose(page, 'Public certificate', 'notes.txt', 'this is not a certificate');
    await expect(
      page.getByText('No PEM block found: expected -----BEGIN CERTIFICATE-----'),
    ).toBeVisible();
    await choose(page, 'Private key', 'appliance.pem', CERTIFICATE_PEM);
    await expect(page.getByText('This file holds a certificate, not a private key')).toBeVisible();
    await choose(
      page,
      'CA certificate (optional)',
      'broken.pem',
      CA_PEM.replace('-----END CERTIFICATE-----', ''),
    );
    await expect(
      page.getByText('The CERTIFICATE block is not closed: -----END CERTIFICATE----- is missing'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Upload certificates' }).click();
    await expect(page.getByLabel('Public certificate', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    // Fixing one file clears only its message.
    await choose(page, 'Public certificate', 'appliance.pem', CERTIFICATE_PEM);
    await expect(page.getByText('No PEM block found')).toBeHidden();
    await expect(page.getByText('This file holds a certificate, not a private key')).toBeVisible();
    await page.getByRole('button', { name: 'Upload certificates' }).click();

    expect(await appliance.requests('POST', 'certs')).toEqual([]);
    expect((await appliance.state()).rejectedForValidation).toBe(0);
  });

  test('an encrypted private key is refused with a clear reason', async ({ page }) => {
    await openTls(page, appliance);
    await choose(page, 'Public certificate', 'appliance.pem', CERTIFICATE_PEM);
    const reason = 'The key is encrypted: the appliance needs an unencrypted RSA key';
    for (const [name, pem] of [
      ['legacy.key', ENCRYPTED_RSA_KEY_PEM],
      ['pkcs8.key', ENCRYPTED_PKCS8_KEY_PEM],
    ] as const) {
      await choose(page, 'Private key', name, pem);
      await expect(page.getByText(reason)).toBeVisible();
      await page.getByRole('button', { name: 'Upload certificates' }).click();
      await expect(page.getByText(reason)).toBeVisible();
    }
    expect(await appliance.requests('POST', 'certs')).toEqual([]);
  });

  test('when the endpoint is disabled the page is hidden and says so', async ({ page }) => {
    await appliance.configure({ endpoints: [] });
    await addConnection(page, { name: 'Bare appliance', baseUrl: appliance.baseUrl });
    await signIn(page, 'tls-token');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Overview' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'TLS certificates' })).toHaveCount(0);
    // A fresh load (sessions live in memory) signs in again and comes back to the URL.
    await page.goto(`${/^.*\/c\/[^/]+/.exec(page.url())![0]}/system/tls`);
    await signIn(page, 'tls-token');
    await expect(page).toHaveURL(/\/system\/tls$/);
    await expect(
      page.getByRole('heading', { name: 'Not enabled on this appliance' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Upload certificates' })).toHaveCount(0);
  });

  test('has no axe violations, with errors and after an update', async ({ page }) => {
    await openTls(page, appliance);
    await expectNoAxeViolations(page);
    await choose(page, 'Private key', 'enc.key', ENCRYPTED_RSA_KEY_PEM);
    await page.getByRole('button', { name: 'Upload certificates' }).click();
    await expect(page.getByText('Choose the public certificate (PEM)')).toBeVisible();
    await expectNoAxeViolations(page);
    await choose(page, 'Public certificate', 'appliance.pem', CERTIFICATE_PEM);
    await choose(page, 'Private key', 'appliance.key', RSA_KEY_PEM);
    await page.getByRole('button', { name: 'Upload certificates' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Certificates installed' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
