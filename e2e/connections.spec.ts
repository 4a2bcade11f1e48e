import { addConnection, createAppliance, expect, test } from './fixtures';

test('the demo opens connected to one backend of each kind', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Fleet' })).toBeVisible();
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(5);
  const jidoteki = page.getByRole('article', { name: 'Demo appliance (Jidoteki)' });
  await expect(jidoteki.getByText('Online')).toBeVisible();
  // Its /health answer: load, memory and disk.
  await expect(jidoteki.getByText(/^Load [\d.]+ · memory \d+ % · disk \d+ %$/)).toBeVisible();
  const evon = page.getByRole('article', { name: 'Demo hub (Evon Hub)' });
  await expect(evon.getByText('Online')).toBeVisible();
  const gateway = page.getByRole('article', { name: 'Demo gateway (Device gateway)' });
  await expect(gateway.getByText('Online')).toBeVisible();
  const vns3 = page.getByRole('article', { name: 'Demo controller (VNS3)' });
  await expect(vns3.getByText('Online')).toBeVisible();
  const shellhub = page.getByRole('article', { name: 'Demo server (ShellHub)' });
  await expect(shellhub.getByText('Online')).toBeVisible();
  await jidoteki.getByRole('link', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { name: 'System overview' })).toBeVisible();
});

test('bad connection input is explained next to the field and nothing is saved', async ({
  page,
}) => {
  await page.goto('/connections');
  await page.getByRole('button', { name: 'Add connection' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add connection' });
  await dialog.getByRole('button', { name: 'Add connection' }).click();
  await expect(dialog.getByText('Enter a name')).toBeVisible();
  await expect(dialog.getByText('Enter the base URL')).toBeVisible();

  await dialog.getByLabel('Name').fill('Bad');
  await dialog.getByLabel('Base URL').fill('appliance.example.net');
  await dialog.getByRole('button', { name: 'Add connection' }).click();
  await expect(dialog.getByText(/Enter a full http:\/\/ or https:\/\/ URL/)).toBeVisible();

  await dialog.getByLabel('Base URL').fill('https://admin:secret@appliance.example.net');
  await dialog.getByRole('button', { name: 'Add connection' }).click();
  await expect(dialog.getByText('Do not put credentials in the URL')).toBeVisible();

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('table', { name: 'Connections' }).getByText('Bad')).toHaveCount(0);
});

test('a connection is tested, edited and removed after confirmation', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 't' });
  await page.goto('/connections');
  await page.getByRole('button', { name: 'Add connection' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add connection' });
  await dialog.getByLabel('Name').fill('Lab appliance');
  await dialog.getByLabel('Base URL').fill(`${appliance.baseUrl}/`);
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByText('Reachable · sign in')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add connection' }).click();
  await expect(page).toHaveURL(/\/signin/);

  await page.goto('/connections');
  const table = page.getByRole('table', { name: 'Connections' });
  await expect(table.getByText(appliance.baseUrl, { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Edit Lab appliance' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Lab appliance' });
  await edit.getByLabel('Name').fill('Lab appliance 2');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(table.getByText('Lab appliance 2')).toBeVisible();

  await page.reload();
  await expect(table.getByText('Lab appliance 2')).toBeVisible();

  await page.getByRole('button', { name: 'Remove Lab appliance 2' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove connection' });
  await expect(confirm).toContainText('Lab appliance 2');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(table.getByText('Lab appliance 2')).toBeVisible();
  await page.getByRole('button', { name: 'Remove Lab appliance 2' }).click();
  await confirm.getByRole('button', { name: 'Remove Lab appliance 2' }).click();
  await expect(table.getByText('Lab appliance 2')).toHaveCount(0);
});

test('an unreachable backend is reported as such on the fleet page', async ({ page }) => {
  await addConnection(page, { name: 'Gone appliance', baseUrl: 'http://127.0.0.1:9' });
  await page.goto('/');
  const card = page.getByRole('article', { name: 'Gone appliance' });
  await expect(card.getByText('Unreachable')).toBeVisible();
});

test('secrets stay out of storage unless the user asks to be remembered', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'secret-token-1' });
  await addConnection(page, { name: 'Memory appliance', baseUrl: appliance.baseUrl });
  await page.getByLabel('API token').fill('secret-token-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'System overview' })).toBeVisible();
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain('secret-token-1');
  expect(stored).not.toContain('remembered-sessions');

  await page.reload();
  await expect(page.getByRole('heading', { name: /^Sign in to Memory appliance/ })).toBeVisible();
  await page.getByLabel('API token').fill('secret-token-1');
  await page.getByLabel('Remember me on this device').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'System overview' })).toBeVisible();
  const remembered = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(remembered).toContain('remembered-sessions');
  expect(remembered).not.toContain('secret-token-1');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'System overview' })).toBeVisible();
});
