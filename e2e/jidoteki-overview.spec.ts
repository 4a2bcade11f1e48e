import { addConnection, createAppliance, expect, signIn, test } from './fixtures';

test('the overview shows version, build, health, services, endpoints and the changelog as text', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'overview-token' });
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await addConnection(page, { name: 'Overview appliance', baseUrl: appliance.baseUrl });
  await signIn(page, 'overview-token');

  await expect(page.getByRole('heading', { name: 'System overview' })).toBeVisible();
  await expect(page.getByTestId('system-version')).toHaveText(/^\d+\.\d+\.\d+$/);
  await expect(page.getByRole('group', { name: 'Disk usage' })).toContainText(/used of/);
  await expect(page.getByRole('group', { name: 'Memory usage' })).toContainText(/used of/);
  await expect(page.getByRole('group', { name: 'CPU usage' })).toContainText(/Load .* cores?/);

  const services = page.getByRole('table', { name: 'Services' });
  await expect(services.getByRole('row', { name: /openssh running/ })).toBeVisible();
  await expect(services.getByText('not running').first()).toBeVisible();

  await expect(page.getByText('settings', { exact: true })).toBeVisible();

  const changelog = page.getByLabel('Changelog');
  await expect(changelog).toContainText("<script>alert('changelog')</script>");
  expect(await page.locator('script:not([src]):not([type])').count()).toBe(0);
  expect(dialogs).toBe(0);

  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Overview' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'API token' })).toBeVisible();
});

test('an appliance that rejects the session sends the user to sign in and back', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'first-token' });
  await addConnection(page, { name: 'Rotating appliance', baseUrl: appliance.baseUrl });
  await signIn(page, 'first-token');
  await expect(page.getByTestId('system-version')).toBeVisible();
  const overview = page.url();

  await appliance.configure({ token: 'rotated-elsewhere' });
  await page.getByRole('button', { name: 'Refresh' }).click();

  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toBeVisible();
  await expect(
    page.getByText(/rejected its credentials \(403 Authentication error\)/),
  ).toBeVisible();
  await signIn(page, 'rotated-elsewhere');
  await expect(page).toHaveURL(overview);
  await expect(page.getByTestId('system-version')).toBeVisible();
});

test('changing the API token switches the console to the new one; the old one stops working', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'old-token' });
  await addConnection(page, { name: 'Token appliance', baseUrl: appliance.baseUrl });
  await signIn(page, 'old-token');
  await page.getByRole('link', { name: 'API token' }).click();

  await page.getByLabel('New API token').fill('new-token-2026');
  await page.getByLabel('Confirm the new token').fill('new-token-2026');
  await page.getByRole('button', { name: 'Change token' }).click();
  await expect(page.getByText('API token changed')).toBeVisible();
  expect((await appliance.state()).token).toBe('new-token-2026');

  const old = await request.get(`${appliance.baseUrl}/api/v1/admin/version?token=old-token`);
  expect(old.status()).toBe(403);

  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByTestId('system-version')).toBeVisible();
});
