import type { Page } from '@playwright/test';
import {
  addConnection,
  createAppliance,
  expect,
  expectNoAxeViolations,
  signIn,
  test,
} from './fixtures';

function paletteSearch(page: Page) {
  return page.getByRole('textbox', { name: 'Command palette search' });
}

test('Ctrl+K jumps to a page of another connection, loading the palette only when asked', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const lab = await createAppliance(request, baseURL!);
  const edge = await createAppliance(request, baseURL!);
  const chunks: string[] = [];
  page.on('request', (req) => chunks.push(new URL(req.url()).pathname));

  await addConnection(page, { name: 'Edge appliance', baseUrl: edge.baseUrl });
  // Remembered, so the session outlives the page loads that follow.
  await page.getByLabel('Remember me on this device').check();
  await signIn(page, 'demo-token');
  await expect(page.getByRole('heading', { name: 'System overview', level: 1 })).toBeVisible({
    timeout: 15_000,
  });
  await addConnection(page, { name: 'Lab appliance', baseUrl: lab.baseUrl });
  await signIn(page, 'demo-token');
  await expect(page.getByRole('heading', { name: 'System overview', level: 1 })).toBeVisible({
    timeout: 15_000,
  });
  expect(chunks.filter((path) => /CommandPalette.*\.js$/.test(path))).toEqual([]);

  await page.keyboard.press('Control+K');
  await expect(paletteSearch(page)).toBeFocused();
  expect(chunks.filter((path) => /CommandPalette.*\.js$/.test(path))).toHaveLength(1);

  await paletteSearch(page).fill('edge updates');
  const results = page.getByRole('dialog', { name: 'Command palette' });
  await expect(results.getByRole('button')).toHaveCount(1);
  await results.getByRole('button', { name: /Updates.*Edge appliance · Jidoteki/ }).click();
  await expect(page.getByRole('heading', { name: 'Updates', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/c\/edge-appliance-[a-z0-9]+\/system\/update$/);

  // The palette's own button opens it too; a connection entry opens that connection.
  await page.getByRole('button', { name: 'Open command palette' }).click();
  await expect(paletteSearch(page)).toBeFocused();
  await paletteSearch(page).fill('lab appliance');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Lab appliance/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/c\/lab-appliance-[a-z0-9]+/);
});

test('common actions: add a connection, switch the colour scheme, sign out', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const lab = await createAppliance(request, baseURL!);
  await addConnection(page, { name: 'Palette lab', baseUrl: lab.baseUrl });
  await signIn(page, 'demo-token');
  await expect(page.getByRole('heading', { name: 'System overview', level: 1 })).toBeVisible({
    timeout: 15_000,
  });

  await page.keyboard.press('Control+K');
  await expect(paletteSearch(page)).toBeFocused();
  await paletteSearch(page).fill('dark');
  await page
    .getByRole('dialog', { name: 'Command palette' })
    .getByRole('button', { name: 'Switch to dark mode' })
    .click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');

  await page.keyboard.press('Control+K');
  await expect(paletteSearch(page)).toBeFocused();
  await paletteSearch(page).fill('add conn');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Add connection' })).toBeVisible();
  await page
    .getByRole('dialog', { name: 'Add connection' })
    .getByRole('button', { name: 'Cancel' })
    .click();

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'System overview', level: 1 })).toBeVisible({
    timeout: 15_000,
  });
  await page.keyboard.press('Control+K');
  await expect(paletteSearch(page)).toBeFocused();
  await paletteSearch(page).fill('sign out');
  await page
    .getByRole('dialog', { name: 'Command palette' })
    .getByRole('button', { name: 'Sign out of Palette lab' })
    .click();
  await expect(page.getByRole('heading', { name: /^Sign in to Palette lab/ })).toBeVisible();

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Fleet', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+K');
  await expect(paletteSearch(page)).toBeFocused();
  await paletteSearch(page).fill('sign out');
  await expect(page.getByText('Nothing found')).toBeVisible();
});
