import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { createGateway, nav, openGateway } from './devicegw-fixtures';

// The shared file drop area fades its colours on a scheme change: scan once it has settled.
const SETTLE_MS = 300;

async function scanBothSchemes(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.waitForTimeout(SETTLE_MS);
    await expectNoAxeViolations(page);
  }
}

test('every gateway page has no axe violations, in light and dark mode', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const gateway = await createGateway(request, baseURL!, {
    deviceCount: 12,
    tokens: { 'updates-only': ['updates:read'] },
  });
  await openGateway(page, gateway);
  await expect(page.getByRole('table', { name: 'Devices' })).toBeVisible();
  await scanBothSchemes(page);

  await page.getByRole('button', { name: 'Delete gw-lyon-01' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete gw-lyon-01?' })).toBeVisible();
  await scanBothSchemes(page);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Register device' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Register' }).click();
  await expect(page.getByText('Enter the device UUID')).toBeVisible();
  await scanBothSchemes(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('link', { name: 'gw-lyon-01' }).click();
  await expect(page.getByText('Installation completed; succeeded')).toBeVisible();
  await scanBothSchemes(page);
  for (const tab of ['Labels', 'Apps states', 'Updates', 'Tests', 'Config']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(page.getByLabel(/^Loading/)).toHaveCount(0);
    await scanBothSchemes(page);
  }

  await nav(page, 'Denied devices').click();
  await expect(page.getByText('No denied devices')).toBeVisible();
  await scanBothSchemes(page);

  await nav(page, 'Configs').click();
  await expect(page.getByRole('table', { name: 'Factory config files' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit config' }).click();
  await page.getByRole('button', { name: 'Show history' }).click();
  await expect(page.getByRole('table', { name: 'Files of version 1' })).toBeVisible();
  await scanBothSchemes(page);
  await page
    .getByRole('list', { name: 'Device groups' })
    .getByRole('link', { name: 'alpha' })
    .click();
  await expect(page.getByRole('table', { name: 'Group config files' })).toBeVisible();
  await scanBothSchemes(page);

  await nav(page, 'Updates').click();
  await expect(page.getByRole('table', { name: 'Updates' })).toBeVisible();
  await expect(page.getByLabel('TUF root JSON')).toBeVisible();
  await scanBothSchemes(page);
  await page.getByRole('link', { name: 'main-42' }).click();
  await page.getByRole('button', { name: 'Follow progress' }).click();
  await expect(page.getByRole('table', { name: 'Update progress' })).toBeVisible();
  await scanBothSchemes(page);
  await page.getByRole('link', { name: 'alpha-first' }).click();
  await expect(page.getByText('Committed', { exact: true })).toBeVisible();
  await scanBothSchemes(page);
});

test('the missing-scope message has no axe violations', async ({ page, request, baseURL }) => {
  const gateway = await createGateway(request, baseURL!, {
    tokens: { 'updates-only': ['updates:read'] },
  });
  await openGateway(page, gateway, 'updates-only');
  await expect(page.getByRole('alert', { name: 'This token lacks devices:read' })).toBeVisible();
  await scanBothSchemes(page);
});
