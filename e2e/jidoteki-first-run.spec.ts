import { addConnection, createAppliance, expect, signIn, test } from './fixtures';

test('a new appliance is added, set up on first run, and signed in to', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, {
    token: null,
    firstRunEnabled: true,
  });
  await addConnection(page, { name: 'Fresh appliance', baseUrl: appliance.baseUrl });

  await expect(page.getByRole('heading', { name: 'Sign in to Fresh appliance' })).toBeVisible();
  await expect(page.getByText('This appliance has no API token yet')).toBeVisible();
  await page.getByRole('link', { name: 'Set up the API token' }).click();

  await expect(page.getByRole('heading', { name: 'Set up Fresh appliance' })).toBeVisible();
  await page.getByLabel('New API token').fill('has space');
  await page.getByLabel('Confirm the token').fill('has space');
  await page.getByRole('button', { name: 'Set token and sign in' }).click();
  await expect(page.getByText('Use printable ASCII characters only')).toBeVisible();
  expect((await appliance.state()).token, 'an invalid token is never sent').toBeNull();

  await page.getByLabel('New API token').fill('correct-horse-battery');
  await page.getByLabel('Confirm the token').fill('correct-horse-batterx');
  await page.getByRole('button', { name: 'Set token and sign in' }).click();
  await expect(page.getByText('The two tokens differ')).toBeVisible();

  await page.getByLabel('Confirm the token').fill('correct-horse-battery');
  await page.getByRole('button', { name: 'Set token and sign in' }).click();

  await expect(page.getByRole('heading', { name: 'System overview' })).toBeVisible();
  await expect(page.getByTestId('system-version')).toHaveText(/\d+\.\d+\.\d+/);
  expect((await appliance.state()).token).toBe('correct-horse-battery');

  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out of Fresh appliance' }).click();
  await signIn(page, 'correct-horse-battery');
  await expect(page.getByRole('heading', { name: 'System overview' })).toBeVisible();
});

test('a wrong token is refused with the server message and the typed token is kept', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'right-token' });
  await addConnection(page, { name: 'Locked appliance', baseUrl: appliance.baseUrl });

  await signIn(page, 'wrong-token');
  const field = page.getByLabel('API token');
  await expect(
    page.getByText(/Rejected by the backend \(403 Authentication error\)/),
  ).toBeVisible();
  await expect(field).toHaveValue('wrong-token');
  await expect(field).toHaveAccessibleDescription(/Rejected by the backend/);
  await expect(page).toHaveURL(/\/signin/);

  await field.fill('right-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'System overview' })).toBeVisible();
});

test('requests are signed with the HMAC hash, never the cleartext token', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'hash-only-token' });
  const urls: string[] = [];
  page.on('request', (req) => {
    if (req.url().includes(appliance.id)) urls.push(req.url());
  });
  await addConnection(page, { name: 'Signed appliance', baseUrl: appliance.baseUrl });
  await signIn(page, 'hash-only-token');
  await expect(page.getByTestId('system-version')).toBeVisible();

  const signed = urls.filter((url) => url.includes('?'));
  expect(signed.length).toBeGreaterThan(3);
  for (const url of urls) {
    expect(url).not.toContain('hash-only-token');
    const params = [...new URL(url).searchParams.keys()];
    expect(params.every((name) => name === 'hash')).toBe(true);
  }
});
