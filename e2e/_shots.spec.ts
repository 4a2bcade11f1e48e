import { test } from '@playwright/test';
test('shots', async ({ page, request }) => {
  await request.post('/sim/_control/jidoteki/shotfresh', { data: { reset: true, token: null } });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/c/demo-jidoteki/system');
    await page.getByLabel('Changelog').waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/overview-${scheme}.png`, fullPage: true });
    await page.goto('/c/demo-jidoteki/signin');
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/signin-${scheme}.png` });
    await page.goto('/connections');
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/connections-${scheme}.png` });
    await page.goto('/c/demo-jidoteki/system/token');
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/token-${scheme}.png` });
  }
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/c/demo-jidoteki/system');
  await page.getByLabel('Changelog').waitFor();
  await page.screenshot({ path: `/tmp/overview-mobile.png` });
});
