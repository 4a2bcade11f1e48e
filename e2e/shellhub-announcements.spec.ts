import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { DEMO_PASSWORD, DEMO_USERNAME, createShellHub, signInShellHub } from './shellhub-fixtures';

test.describe.configure({ timeout: 90_000 });

/** Like openFromNav, with room for a lazy page chunk on a busy machine. */
async function openFromNavSlow(page: Page, link: string, heading = link) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: link, exact: true })
    .click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible({
    timeout: 15_000,
  });
}

test('announcements list newest first and open as plain text, never HTML', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    announcements: [
      {
        uuid: 'a-old',
        title: 'Old news',
        content: 'old',
        date: '2025-01-01T00:00:00Z',
      },
      {
        uuid: 'a-new',
        title: 'New region <i>available</i>',
        content: '# New region\n\n<img src=x onerror="window.hacked=1">Now in São Paulo.',
        date: '2026-06-01T00:00:00Z',
      },
    ],
  });
  await signInShellHub(page, sim, { username: DEMO_USERNAME, password: DEMO_PASSWORD });
  await openFromNavSlow(page, 'Announcements');
  await expect(page.getByText('2 announcements')).toBeVisible();
  const rows = page.getByRole('row');
  await expect(rows.nth(1)).toContainText('New region <i>available</i>');
  await expect(rows.nth(2)).toContainText('Old news');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'New region <i>available</i>' }).click();
  await expect(
    page.getByRole('heading', { name: 'New region <i>available</i>', level: 1 }),
  ).toBeVisible();
  await expect(page.getByLabel('Announcement text')).toContainText(
    '<img src=x onerror="window.hacked=1">Now in São Paulo.',
  );
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.waitForTimeout(300);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'All announcements' }).click();
  await expect(page.getByRole('heading', { name: 'Announcements', level: 1 })).toBeVisible();
  const lists = await sim.requests('GET', '/api/announcements');
  expect(lists.at(-1)?.query).toEqual(['page', 'per_page', 'order_by']);
});

test('a failed list, no announcements and an unknown one each say so', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, { announcements: [] });
  await signInShellHub(page, sim, { username: DEMO_USERNAME, password: DEMO_PASSWORD });
  await sim.configure({ fault: '500' });
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Announcements', exact: true })
    .click();
  // two retries of a 500 come first
  await expect(page.getByRole('alert', { name: /^The backend answered 500/ })).toContainText(
    'Could not load the announcements.',
    {
      timeout: 20_000,
    },
  );
  await sim.configure({ fault: 'none' });
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: 'No announcements' })).toBeVisible();

  await page.evaluate(() => {
    window.history.pushState({}, '', `${window.location.pathname}/missing-uuid`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(
    page.getByRole('alert').filter({ hasText: '404: announcement not found' }),
  ).toBeVisible();
});
