import type { Page } from '@playwright/test';
import {
  addConnection,
  createAppliance,
  expect,
  expectNoAxeViolations,
  signIn,
  test,
} from './fixtures';
import { QUALITY_KINDS, pageGroups, visit } from './quality-kinds';

// Colour transitions start a moment after a scheme switch: scan once they have settled.
const SETTLE_MS = 300;

async function scanBothSchemes(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.waitForTimeout(SETTLE_MS);
    await expectNoAxeViolations(page);
  }
}

for (const kind of QUALITY_KINDS) {
  for (const group of pageGroups(kind, 6)) {
    test(`${kind.kind}: ${group.label} have no axe violations, in light and dark mode`, async ({
      page,
      request,
      baseURL,
    }) => {
      test.setTimeout(Math.max(120_000, group.pages.length * 30_000));
      const sim = await kind.create(request, baseURL!);
      await kind.signIn(page, sim);
      for (const target of group.pages) {
        await visit(page, target);
        await scanBothSchemes(page);
      }
    });
  }
}

test('every page has no axe violations, in light and dark mode', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const fresh = await createAppliance(request, baseURL!, { token: null, firstRunEnabled: true });
  const appliance = await createAppliance(request, baseURL!, { token: 'a11y-token' });

  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByText('Checking')).toHaveCount(0);
  await scanBothSchemes(page);

  await page.goto('/connections');
  await expect(page.getByRole('table', { name: 'Connections' })).toBeVisible();
  await scanBothSchemes(page);

  await page.getByRole('button', { name: 'Add connection' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Add connection' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Add connection' }).click();
  await expect(page.getByText('Enter a name')).toBeVisible();
  await scanBothSchemes(page);

  await addConnection(page, { name: 'Fresh a11y', baseUrl: fresh.baseUrl });
  await expect(page.getByText('This appliance has no API token yet')).toBeVisible();
  await scanBothSchemes(page);
  await page.getByRole('link', { name: 'Set up the API token' }).click();
  await expect(page.getByRole('heading', { name: 'Set up Fresh a11y' })).toBeVisible();
  await scanBothSchemes(page);

  await addConnection(page, { name: 'A11y appliance', baseUrl: appliance.baseUrl });
  await signIn(page, 'wrong');
  await expect(page.getByText(/Rejected by the backend/)).toBeVisible();
  await scanBothSchemes(page);
  await page.getByLabel('API token').fill('a11y-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Changelog')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Services' })).toBeVisible();
  await scanBothSchemes(page);

  await page.getByRole('link', { name: 'API token' }).click();
  await expect(page.getByRole('heading', { name: 'API token' })).toBeVisible();
  await scanBothSchemes(page);

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await scanBothSchemes(page);
});

test('the main flow works with the keyboard alone', async ({ page, request, baseURL }) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'keyboard-token' });
  await addConnection(page, { name: 'Keyboard appliance', baseUrl: appliance.baseUrl });
  const token = page.getByLabel('API token');
  await expect(token).toBeFocused();
  await page.keyboard.type('keyboard-token');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'System overview' })).toBeVisible({
    timeout: 15_000,
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Fleet' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const add = page.getByRole('link', { name: 'Add connection' });
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add connection' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
