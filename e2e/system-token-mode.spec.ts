import type { Page } from '@playwright/test';
import {
  type Appliance,
  addConnection,
  createAppliance,
  expect,
  expectNoAxeViolations,
  signIn,
  test,
} from './fixtures';

async function openTokenPage(page: Page, appliance: Appliance, token: string) {
  await addConnection(page, { name: 'Signing appliance', baseUrl: appliance.baseUrl });
  await signIn(page, token);
  await expect(page.getByTestId('system-version')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'API token' })
    .click();
  await expect(page.getByRole('heading', { name: 'How requests are signed' })).toBeVisible();
}

async function refreshOverview(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Overview' })
    .click();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByTestId('system-version')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Refresh' })).not.toHaveAttribute(
    'data-loading',
    'true',
  );
}

test('switching to the token in the URL and back to HMAC hash changes what every request carries', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'signing-token' });
  await openTokenPage(page, appliance, 'signing-token');
  const mode = page.getByTestId('signing-mode');
  await expect(mode).toHaveText('HMAC hash');
  await expect(page.getByText('Token mode sends the token in cleartext')).toBeVisible();
  await expectNoAxeViolations(page);
  const signedIn = (await appliance.requests()).length;
  const { authFailures } = await appliance.state();
  // Before the switch: unsigned reachability probes and hash-signed requests, never a token.
  const queries = new Set((await appliance.requests()).map((entry) => entry.query.join()));
  expect([...queries].sort()).toEqual(['', 'hash']);

  // Wrong or malformed tokens are refused here, before anything is sent.
  const field = page.getByLabel('Current API token');
  const submit = page.getByRole('button', { name: 'Send the token in the URL' });
  await submit.click();
  await expect(page.getByText('Enter a token')).toBeVisible();
  await field.fill('signing token');
  await submit.click();
  await expect(page.getByText(/printable ASCII characters only/)).toBeVisible();
  await field.fill('another-token');
  await submit.click();
  await expect(page.getByText('This is not the token this session signed in with')).toBeVisible();
  await expect(field).toHaveValue('another-token');
  expect((await appliance.requests()).length).toBe(signedIn);

  await field.fill('signing-token');
  await submit.click();
  await expect(mode).toHaveText('Token in URL');
  await expect(page.getByText('Requests now carry the token in the URL')).toBeVisible();
  await expect(page.getByText('The token travels in cleartext')).toBeVisible();
  const verify = (await appliance.requests()).slice(signedIn);
  expect(verify).toEqual([
    expect.objectContaining({
      method: 'GET',
      path: '/api/v1/admin/version',
      query: ['token'],
      status: 200,
    }),
  ]);
  await expectNoAxeViolations(page);

  await refreshOverview(page);
  const tokenMode = (await appliance.requests()).slice(signedIn);
  expect(tokenMode.length).toBeGreaterThan(3);
  expect(tokenMode.map((entry) => entry.query.join())).toEqual(tokenMode.map(() => 'token'));
  expect(tokenMode.every((entry) => entry.status === 200)).toBe(true);

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'API token' })
    .click();
  await expect(mode).toHaveText('Token in URL');
  const beforeHash = (await appliance.requests()).length;
  await page.getByRole('button', { name: 'Switch to HMAC hash signing' }).click();
  await expect(mode).toHaveText('HMAC hash');
  await refreshOverview(page);
  const hashMode = (await appliance.requests()).slice(beforeHash);
  expect(hashMode.length).toBeGreaterThan(3);
  expect(hashMode.map((entry) => entry.query.join())).toEqual(hashMode.map(() => 'hash'));
  expect(hashMode.every((entry) => entry.status === 200)).toBe(true);
  expect((await appliance.state()).authFailures).toBe(authFailures);
});

test('in token mode a token change keeps the new token in the URL', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'signing-token' });
  await openTokenPage(page, appliance, 'signing-token');
  await page.getByLabel('Current API token').fill('signing-token');
  await page.getByRole('button', { name: 'Send the token in the URL' }).click();
  await expect(page.getByTestId('signing-mode')).toHaveText('Token in URL');

  await page.getByLabel('New API token').fill('-rotated-token');
  await page.getByLabel('Confirm the new token').fill('-rotated-token');
  await page.getByRole('button', { name: 'Change token' }).click();
  await expect(page.getByText('API token changed')).toBeVisible();
  expect((await appliance.state()).token).toBe('-rotated-token');

  const before = (await appliance.requests()).length;
  await refreshOverview(page);
  const after = (await appliance.requests()).slice(before);
  expect(after.length).toBeGreaterThan(0);
  expect(after.every((entry) => entry.query.join() === 'token' && entry.status === 200)).toBe(true);
});
