import type { Page } from '@playwright/test';
import { CSP_META } from '../csp.config.mjs';
import { expect, test } from './fixtures';
import { QUALITY_KINDS, pageGroups, visit } from './quality-kinds';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  url: string;
}

/** Every `securitypolicyviolation` of every document the page loads, reported to the test. */
async function recordViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeFunction('__reportCspViolation', (violation: Violation) => {
    violations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (v: unknown) => void })
        .__reportCspViolation;
      report({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        url: location.href,
      });
    });
  });
  return violations;
}

test('the build carries the policy, and the policy blocks inline script', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Fleet', level: 1 })).toBeVisible();
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    CSP_META,
  );

  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineScriptRan = true;';
    document.head.append(script);
    return (window as unknown as { __inlineScriptRan?: boolean }).__inlineScriptRan ?? false;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.map((v) => v.directive)).toContain('script-src-elem');
});

test('the fleet, connections and sign-in pages run without a policy violation', async ({
  page,
  request,
  baseURL,
}) => {
  const violations = await recordViolations(page);
  const kind = QUALITY_KINDS[0]!;
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('Checking')).toHaveCount(0);
  const sim = await kind.create(request, baseURL!);
  await kind.signIn(page, sim);
  expect(violations).toEqual([]);
});

for (const kind of QUALITY_KINDS) {
  for (const group of pageGroups(kind, 8)) {
    test(`${kind.kind}: ${group.label} run without a policy violation`, async ({
      page,
      request,
      baseURL,
    }) => {
      test.setTimeout(Math.max(90_000, group.pages.length * 10_000));
      const violations = await recordViolations(page);
      const sim = await kind.create(request, baseURL!);
      await kind.signIn(page, sim);
      for (const target of group.pages) {
        await visit(page, target);
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.emulateMedia({ colorScheme: 'light' });
      }
      expect(violations).toEqual([]);
    });
  }
}
