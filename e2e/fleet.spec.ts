import type { Page, Request, Route } from '@playwright/test';
import { createSimInstance, expect, expectNoAxeViolations, test } from './fixtures';

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
  // A probe the page aborts (leaving the fleet page) is no longer in flight for the browser, even
  // though the route handler below is still waiting on it.
  const open = new Set<Request>();
  const settle = (request: Request) => {
    if (open.delete(request)) stats.inFlight = open.size;
  };
  page.on('requestfailed', settle);
  await page.route(PROBE, async (route: Route) => {
    stats.started += 1;
    open.add(route.request());
    stats.inFlight = open.size;
    stats.peak = Math.max(stats.peak, stats.inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, 40));
      const response = await route.fetch();
      await route.fulfill({ response });
    } catch {
      // The page went away mid-request.
    } finally {
      settle(route.request());
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

interface SeededConnection {
  id: string;
  kind: string;
  name: string;
  baseUrl: string;
  credential?: Record<string, unknown>;
}

/** Stored definitions plus remembered sessions, as if the user had signed in before. */
function seedSignedIn(page: Page, connections: SeededConnection[]) {
  const createdAt = '2025-01-01T00:00:00.000Z';
  return page.addInitScript(
    ({ stored, sessions }) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem('switchboard.connections', stored);
      localStorage.setItem('switchboard.remembered-sessions', sessions);
      sessionStorage.setItem('seeded', '1');
    },
    {
      stored: JSON.stringify({
        version: 1,
        connections: connections.map(({ id, kind, name, baseUrl }) => ({
          id,
          kind,
          name,
          baseUrl,
          createdAt,
        })),
      }),
      sessions: JSON.stringify(
        connections
          .filter((connection) => connection.credential)
          .map(({ id, credential }) => ({ connectionId: id, credential, signedInAt: createdAt })),
      ),
    },
  );
}

test("each card shows its kind's health endpoint: figures, a licence to install, a failure", async ({
  page,
  request,
  baseURL,
}) => {
  const sim = (kind: string, options: Record<string, unknown> = {}) =>
    createSimInstance(request, baseURL!, kind, options);
  const [jidoteki, vns3, unlicensed, shellhub, evon, gateway, failing] = await Promise.all([
    sim('jidoteki'),
    sim('vns3'),
    sim('vns3', { licensed: false }),
    sim('shellhub'),
    sim('evon'),
    sim('devicegw'),
    sim('evon', { fault: '500' }),
  ]);
  const vns3Credential = { kind: 'vns3', password: 'demo-api-password' };
  const evonCredential = { kind: 'evon', token: 'demo-evon-token' };
  await seedSignedIn(page, [
    {
      id: 'h-jidoteki',
      kind: 'jidoteki',
      name: 'Health appliance',
      baseUrl: jidoteki.baseUrl,
      credential: { kind: 'jidoteki', mode: 'token', token: 'demo-token' },
    },
    {
      id: 'h-vns3',
      kind: 'vns3',
      name: 'Health controller',
      baseUrl: vns3.baseUrl,
      credential: vns3Credential,
    },
    {
      id: 'h-unlicensed',
      kind: 'vns3',
      name: 'Unlicensed controller',
      baseUrl: unlicensed.baseUrl,
      credential: vns3Credential,
    },
    { id: 'h-shellhub', kind: 'shellhub', name: 'Health server', baseUrl: shellhub.baseUrl },
    {
      id: 'h-evon',
      kind: 'evon',
      name: 'Health hub',
      baseUrl: evon.baseUrl,
      credential: evonCredential,
    },
    {
      id: 'h-gateway',
      kind: 'devicegw',
      name: 'Health gateway',
      baseUrl: gateway.baseUrl,
      credential: { kind: 'devicegw', token: 'demo-gateway-token' },
    },
    {
      id: 'h-failing',
      kind: 'evon',
      name: 'Failing hub',
      baseUrl: failing.baseUrl,
      credential: evonCredential,
    },
  ]);
  await page.goto('/');

  await expect(page.getByRole('status', { name: 'Fleet summary' })).toHaveText(
    '7 connections:5 online · 1 reachable, need a licence · 1 with errors',
    { timeout: 20_000 },
  );
  const card = (name: string) => page.getByRole('article', { name });

  const appliance = card('Health appliance');
  await expect(appliance.getByText('Online', { exact: true })).toBeVisible();
  await expect(appliance.getByText('Load 0.66 · memory 26 % · disk 2 %')).toBeVisible();

  const controller = card('Health controller');
  await expect(controller.getByText('Online', { exact: true })).toBeVisible();
  await expect(controller.getByText('v6.0.0', { exact: true })).toBeVisible();
  await expect(
    controller.getByText(/^Up \d+ (min|h \d+ min|d \d+ h) · load \d+\.\d\d$/),
  ).toBeVisible();

  const needsLicence = card('Unlicensed controller');
  await expect(needsLicence.getByText('Reachable · needs licence', { exact: true })).toBeVisible();
  await expect(needsLicence.getByText('403 Must be licensed first.')).toBeVisible();
  await expect(needsLicence.getByRole('link', { name: 'Open' })).toBeVisible();

  const server = card('Health server');
  await expect(server.getByText('Online', { exact: true })).toBeVisible();
  await expect(server.getByText('v0.17.1', { exact: true })).toBeVisible();
  await expect(server.getByText('SSH at localhost:22')).toBeVisible();

  const hub = card('Health hub');
  await expect(hub.getByText('Online', { exact: true })).toBeVisible();
  await expect(hub.getByText('Ping answered “pong”')).toBeVisible();

  const devices = card('Health gateway');
  await expect(devices.getByText('Online', { exact: true })).toBeVisible();
  await expect(devices.getByText('v1.4.2', { exact: true })).toBeVisible();
  await expect(devices.getByText(/^\d+ devices?$/)).toBeVisible();

  const broken = card('Failing hub');
  await expect(broken.getByText('Error', { exact: true })).toBeVisible();
  // Evon's reader names the field of the simulator's `{"error": "…"}` body.
  await expect(
    broken.getByText('500 Internal Server Error: error: Simulated server fault', { exact: true }),
  ).toBeVisible();

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await expectNoAxeViolations(page);
  }

  // Each backend was asked at the endpoint the issue names, once for this page.
  expect(await jidoteki.requests('GET', '/api/v1/admin/health')).toHaveLength(1);
  expect(await vns3.requests('GET', '/api/status/system')).toHaveLength(1);
  expect(await unlicensed.requests('GET', '/api/status/system')).toHaveLength(1);
  expect(await shellhub.requests('GET', '/info')).toHaveLength(1);
  expect(await evon.requests('GET', '/api/ping')).toHaveLength(1);
  expect(await gateway.requests('GET', '/v1/devices')).toHaveLength(1);
  expect((await failing.requests('GET', '/api/ping')).length).toBeGreaterThanOrEqual(1);
});

test('the keyboard reaches every card of a virtualized fleet, the 200th included', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  // Wide enough for three cards a row.
  await page.setViewportSize({ width: 1400, height: 800 });
  await seedFleet(page, baseURL!, `k${Date.now().toString(36)}`);
  await page.goto('/');
  await expect(page.getByRole('article', { name: 'Fleet evon 000' })).toBeVisible();

  // Tab from the top of the page to the grid's single Tab stop: its first card.
  const first = page.getByRole('article', { name: 'Fleet evon 000' });
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await first.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(first).toBeFocused();
  await expect(page.getByRole('article', { name: 'Fleet devicegw 199' })).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('article', { name: 'Fleet devicegw 001' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('article', { name: 'Fleet devicegw 004' })).toBeFocused();

  await page.keyboard.press('End');
  const last = page.getByRole('article', { name: 'Fleet devicegw 199' });
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('article', { name: 'Fleet devicegw 196' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(last).toBeFocused();

  // Into the card: its link opens the connection.
  await page.keyboard.press('Tab');
  await expect(last.getByRole('link', { name: 'Fleet devicegw 199' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/c\/fleet-199/);
});
