import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

const COUNT = 200;
const KINDS = ['evon', 'devicegw', 'jidoteki'] as const;
const PROBE = /\/sim\/(evon|devicegw|jidoteki)\/fleet-/;

/** 200 stored connection definitions, each pointing at its own simulator instance. */
function seedFleet(page: Page, baseURL: string, run: string) {
  const connections = Array.from({ length: COUNT }, (_, index) => {
    const kind = KINDS[index % KINDS.length]!;
    return {
      id: `fleet-${index}`,
      kind,
      name: `Fleet ${kind} ${String(index).padStart(3, '0')}`,
      baseUrl: `${baseURL}/sim/${kind}/fleet-${run}-${index}`,
      createdAt: '2025-01-01T00:00:00.000Z',
    };
  });
  return page.addInitScript(
    (stored) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('switchboard.connections', stored);
        sessionStorage.setItem('seeded', '1');
      }
      const longTasks: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = longTasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask', buffered: true });
    },
    JSON.stringify({ version: 1, connections }),
  );
}

/** Counts probe requests and the most that were in flight at once; each answer is slowed. */
async function watchProbes(page: Page) {
  const stats = { started: 0, inFlight: 0, peak: 0 };
  await page.route(PROBE, async (route: Route) => {
    stats.started += 1;
    stats.inFlight += 1;
    stats.peak = Math.max(stats.peak, stats.inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, 40));
      const response = await route.fetch();
      await route.fulfill({ response });
    } catch {
      // The page went away mid-request.
    } finally {
      stats.inFlight -= 1;
    }
  });
  return stats;
}

function setHidden(page: Page, hidden: boolean) {
  return page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (value ? 'hidden' : 'visible'),
    });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test('200 connections are probed at most six at a time, and the page stays usable', async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  await seedFleet(page, baseURL!, Date.now().toString(36));
  const stats = await watchProbes(page);
  await page.goto('/');

  const summary = page.getByRole('status', { name: 'Fleet summary' });
  await expect(summary).toContainText('200 connections:');
  // Only the rows near the viewport are in the page.
  expect(await page.getByRole('article').count()).toBeLessThan(40);
  // While the queue drains, the navigation still answers.
  await page.getByRole('link', { name: 'Audit trail', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Audit trail', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Fleet', exact: true }).click();

  await expect.poll(() => stats.started, { timeout: 60_000 }).toBeGreaterThanOrEqual(COUNT);
  await expect(summary).toHaveText('200 connections:200 reachable, need a sign-in', {
    timeout: 30_000,
  });
  expect(stats.peak).toBeGreaterThan(1);
  expect(stats.peak).toBeLessThanOrEqual(6);

  await page.keyboard.press('End');
  const last = page.getByRole('article', { name: 'Fleet devicegw 199' });
  await expect(last.getByText('Reachable · sign in', { exact: true })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Fleet evon 000' })).toHaveCount(0);

  const longTasks = await page.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  );
  testInfo.annotations.push({
    type: 'long tasks',
    description: `${longTasks.length} long tasks, longest ${Math.max(0, ...longTasks)} ms, total ${longTasks.reduce((a, b) => a + b, 0)} ms; ${stats.started} probes, at most ${stats.peak} in flight`,
  });
  console.log(testInfo.annotations.at(-1)?.description);
});

test('probing pauses while the tab is hidden and resumes when it is shown again', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await seedFleet(page, baseURL!, `v${Date.now().toString(36)}`);
  const stats = await watchProbes(page);
  await page.goto('/');
  await expect.poll(() => stats.started, { timeout: 60_000 }).toBe(COUNT);
  await expect(page.getByRole('status', { name: 'Fleet summary' })).not.toContainText('checked', {
    timeout: 30_000,
  });

  await setHidden(page, true);
  await page.clock.runFor('03:00');
  // Give any request the page might wrongly start a moment to reach the route handler.
  await page.waitForTimeout(500);
  expect(stats.started).toBe(COUNT);

  await setHidden(page, false);
  await page.clock.runFor('01:05');
  await expect.poll(() => stats.started, { timeout: 60_000 }).toBeGreaterThan(COUNT);
  expect(stats.peak).toBeLessThanOrEqual(6);
});
