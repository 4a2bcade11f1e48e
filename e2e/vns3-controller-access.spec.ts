import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

// Whole flows with uploads and reboots, on a machine shared by many test runs.
test.describe.configure({ timeout: 120_000 });

async function openAccess(page: Page, tab: string) {
  await vns3Nav(page, 'Access').click();
  await expect(page.getByRole('heading', { name: 'Access', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
}

test('creates an API token with an expiry, shows it once, revokes and deletes it', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim, 'Token controller');
  await openAccess(page, 'API tokens');
  await expect(page.getByText('No API tokens')).toBeVisible();

  await page.getByLabel('Lifetime (seconds)').fill('59');
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByText('Enter a name')).toBeVisible();
  await expect(page.getByText('At least 60 seconds')).toBeVisible();
  await page.getByLabel('Token name').fill('ci-pipeline');
  await page.getByLabel('Lifetime (seconds)').fill('7200');
  await page.getByRole('button', { name: 'Create token' }).click();
  const secret = page.getByLabel('New API token');
  await expect(secret).toHaveText(/^[a-z0-9]{40}$/);
  const token = (await secret.textContent()) ?? '';

  // The token works against the controller until it is revoked.
  const api = `${sim.baseUrl}/api/access/tokens`;
  expect((await request.get(api, { headers: { 'api-token': token } })).status()).toBe(200);
  const table = page.getByRole('table', { name: 'API tokens' });
  await expect(table.getByRole('row', { name: /ci-pipeline .* Never Active/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await table.getByRole('button', { name: 'Revoke ci-pipeline' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke token ci-pipeline?' });
  await dialog.getByRole('button', { name: 'Revoke token' }).click();
  await expect(table.getByRole('row', { name: /ci-pipeline .* Expired/ })).toBeVisible();
  expect((await request.get(api, { headers: { 'api-token': token } })).status()).toBe(401);

  await table.getByRole('button', { name: 'Delete ci-pipeline' }).click();
  await page
    .getByRole('dialog', { name: 'Delete token ci-pipeline?' })
    .getByRole('button', { name: 'Delete token' })
    .click();
  await expect(page.getByText('No API tokens')).toBeVisible();
  expect(await sim.rejected()).toBe(0);
  expect(await sim.requestsTo('POST', '/access/token')).toHaveLength(1);
});

test('creates access URLs for remote support or a clientpack, copies and revokes them', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim, 'URL controller');
  await openAccess(page, 'Access URLs');
  await page.getByLabel('URL name').fill('vendor support');
  await page.getByLabel('Lifetime (seconds)').fill('300000');
  await page.getByRole('button', { name: 'Create access URL' }).click();
  await expect(page.getByText('At most 259200 seconds')).toBeVisible();
  await page.getByLabel('Lifetime (seconds)').fill('600');
  await page.getByText('Clientpack download', { exact: true }).click();
  await page.getByLabel('Clientpack name').fill('100.64.0.10');
  await page.getByRole('button', { name: 'Create access URL' }).click();
  await expect(page.getByText('Enter a clientpack name such as 100_64_0_10')).toBeVisible();
  await page.getByLabel('Clientpack name').fill('100_64_0_10');
  await page.getByRole('button', { name: 'Create access URL' }).click();
  const table = page.getByRole('table', { name: 'Access URLs' });
  const row = table.getByRole('row', { name: /vendor support/ });
  await expect(row).toContainText('cp:100_64_0_10');
  await expect(row.getByRole('link')).toHaveAttribute(
    'href',
    /^https:\/\/.+\/access\/[a-z0-9]{32}$/,
  );
  await expect(row.getByRole('button', { name: 'Copy vendor support' })).toBeVisible();

  await row.getByRole('button', { name: 'Revoke vendor support' }).click();
  await page
    .getByRole('dialog', { name: 'Revoke access URL vendor support?' })
    .getByRole('button', { name: 'Revoke URL' })
    .click();
  await expect(row).toContainText('Expired');
  expect(await sim.rejected()).toBe(0);
});

test('changing the API password switches the stored credential at once', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim, 'Password controller');
  await openAccess(page, 'Passwords');
  await page.getByLabel('New API password', { exact: true }).fill('short');
  await page.getByLabel('Repeat the new API password').fill('other');
  await page.getByRole('button', { name: 'Change API password' }).click();
  await expect(page.getByText('The password must be at least 8 characters')).toBeVisible();
  await expect(page.getByText('The passwords do not match')).toBeVisible();
  await page.getByLabel('New API password', { exact: true }).fill('rotated-password-2');
  await page.getByLabel('Repeat the new API password').fill('rotated-password-2');
  await page.getByRole('button', { name: 'Change API password' }).click();
  await expect(page.getByText('This console now signs in to Password controller')).toBeVisible();
  expect(await sim.state()).toMatchObject({ apiPassword: 'rotated-password-2' });

  // Still signed in: later requests use the new password.
  await page.getByRole('tab', { name: 'API tokens' }).click();
  await expect(page.getByText('No API tokens')).toBeVisible();
  const lists = await sim.requestsTo('GET', '/access/tokens');
  expect(lists.at(-1)?.status).toBe(200);
  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Passwords' }).click();
  await page.getByLabel('Web UI user name').fill('a b');
  await page.getByRole('button', { name: 'Save web UI settings' }).click();
  await expect(
    page.getByText('Use 3 to 32 letters, digits, dots, dashes or underscores'),
  ).toBeVisible();
  await page.getByLabel('Web UI user name').fill('netadmin');
  await page.getByLabel('Web UI password').fill('ui-password-9');
  await page.getByRole('button', { name: 'Save web UI settings' }).click();
  await expect(
    page.getByText('The web UI of Password controller is on; user netadmin.'),
  ).toBeVisible();
  expect(await sim.state()).toMatchObject({ adminUi: { enabled: true, username: 'netadmin' } });
  expect(await sim.rejected()).toBe(0);
});

test('reads a token and an access URL afresh, and deletes a URL by its address', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  const auth = {
    Authorization: `Basic ${Buffer.from('api:demo-api-password').toString('base64')}`,
  };
  const created = async (path: string, data: Record<string, unknown>) =>
    (
      (await (await request.post(`${sim.baseUrl}/api${path}`, { headers: auth, data })).json()) as {
        response: { id: number; token?: string; url?: string };
      }
    ).response;
  const token = await created('/access/token', { name: 'ci token', expires: 3600 });
  const url = await created('/access/url', { name: 'pasted link', expires: 600, access: 'rs' });
  await addAndSignInVns3(page, sim, 'Lookup controller');

  await openAccess(page, 'API tokens');
  await page.getByRole('button', { name: 'Details of ci token' }).click();
  const tokenDialog = page.getByRole('dialog', { name: 'API token ci token' });
  await expect(tokenDialog.getByRole('table', { name: 'Details of ci token' })).toContainText(
    'Lifetime3600 s',
  );
  await expect(tokenDialog).not.toContainText(token.token ?? 'missing');
  expect(await sim.requestsTo('GET', `/access/token/${token.id}`)).toHaveLength(1);
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Access URLs' }).click();
  await page.getByRole('button', { name: 'Details of pasted link' }).click();
  const urlDialog = page.getByRole('dialog', { name: 'Access URL pasted link' });
  await expect(urlDialog).toContainText(url.url ?? 'missing');
  await expect(urlDialog).toContainText('Remote support');
  expect(await sim.requestsTo('GET', `/access/url/${url.id}`)).toHaveLength(1);
  await page.keyboard.press('Escape');

  const address = page.getByLabel('Delete an access URL by its address');
  await address.fill('pasted link');
  await page.getByRole('button', { name: 'Find and delete' }).click();
  await expect(page.getByText('Enter an http:// or https:// URL')).toBeVisible();
  await address.fill('https://203.0.113.10:8000/access/unknown');
  await page.getByRole('button', { name: 'Find and delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this access URL?' });
  await confirm.getByRole('button', { name: 'Delete URL' }).click();
  await expect(confirm.getByRole('alert')).toContainText('Access URL does not exist');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(address).toHaveValue('https://203.0.113.10:8000/access/unknown');

  await address.fill(url.url ?? '');
  await page.getByRole('button', { name: 'Find and delete' }).click();
  await expect(confirm).toContainText(url.url ?? 'missing');
  await confirm.getByRole('button', { name: 'Delete URL' }).click();
  await expect(page.getByText('Access URL deleted')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Details of pasted link' })).toHaveCount(0);
  expect(await sim.state()).toMatchObject({ accessUrlNames: [] });
  expect(await sim.requestsTo('DELETE', '/access/url')).toHaveLength(2);
  expect(await sim.rejected()).toBe(0);
});
