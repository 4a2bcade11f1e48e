import type { Page } from '@playwright/test';
import {
  type Appliance,
  addConnection,
  createAppliance,
  expect,
  openFromNav,
  expectNoAxeViolations,
  signIn,
  test,
} from './fixtures';

async function signInTo(page: Page, appliance: Appliance, name: string) {
  await addConnection(page, { name, baseUrl: appliance.baseUrl });
  await signIn(page, 'support-token');
  await expect(page.getByTestId('system-version')).toHaveText('1.0.0');
}

async function openSupport(page: Page) {
  await openFromNav(page, 'Support');
}

const card = (page: Page, name: string) => page.getByRole('region', { name });

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('logs.tar.gz and the encrypted debug bundle download under the server’s file names', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'support-token' });
  await signInTo(page, appliance, 'Support appliance');
  await openSupport(page);

  await expect(card(page, 'Logs')).toContainText('not encrypted');
  await expect(card(page, 'Debug bundle')).toContainText('can contain sensitive information');
  await expect(card(page, 'Debug bundle')).toContainText('encrypts it');
  await expectNoAxeViolations(page);

  const logs = page.waitForEvent('download');
  await card(page, 'Logs').getByRole('button', { name: 'Download logs.tar.gz' }).click();
  const logsFile = await logs;
  expect(logsFile.suggestedFilename()).toBe('logs.tar.gz');
  await expect(card(page, 'Logs').getByRole('status')).toContainText(/Saved logs\.tar\.gz \(\d/);

  const debug = page.waitForEvent('download');
  await card(page, 'Debug bundle')
    .getByRole('button', { name: 'Download debug-bundle.tar' })
    .click();
  const debugFile = await debug;
  expect(debugFile.suggestedFilename()).toBe('debug-bundle.tar');
  await expect(card(page, 'Debug bundle').getByRole('status')).toContainText(
    'Saved debug-bundle.tar (98 KB)',
  );
  const stream = await debugFile.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  expect(bytes.subarray(0, 8).toString('latin1')).toBe('Salted__');
  await expectNoAxeViolations(page);

  const log = await appliance.requests();
  expect(log.filter((entry) => entry.path === '/api/v1/admin/logs')).toMatchObject([
    { method: 'GET', status: 200, query: ['hash'] },
  ]);
  expect(log.filter((entry) => entry.path === '/api/v1/admin/debug')).toMatchObject([
    { method: 'GET', status: 200, query: ['hash'] },
  ]);
});

test('a file the appliance does not have is reported as not available', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'support-token' });
  await signInTo(page, appliance, 'No logs appliance');
  await page.route(/\/api\/v1\/admin\/logs\?/, (route) =>
    route.fulfill({
      status: 404,
      contentType: 'application/json',
      body: '{"Status":"404 Not Found"}',
    }),
  );
  await openSupport(page);
  let downloads = 0;
  page.on('download', () => (downloads += 1));

  await card(page, 'Logs').getByRole('button', { name: 'Download logs.tar.gz' }).click();
  const alert = card(page, 'Logs').getByRole('alert');
  await expect(alert).toContainText('logs.tar.gz is not available');
  await expect(alert).toContainText('The appliance has no logs.tar.gz to send (404).');
  await expectNoAxeViolations(page);
  expect(downloads).toBe(0);
});

test('support downloads the appliance does not list say they are not enabled', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'support-token' });
  await page.route(/\/api\/v1\/admin\/endpoints\?/, async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { endpoints: string[] };
    await route.fulfill({
      response,
      json: { endpoints: body.endpoints.filter((path) => !/\/(logs|debug)$/.test(path)) },
    });
  });
  await signInTo(page, appliance, 'Bare appliance');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Updates' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Support' })).toHaveCount(0);

  await page.goto(page.url().replace(/\/system$/, '/system/support'));
  await signIn(page, 'support-token');
  await expect(page.getByRole('heading', { name: 'Support', level: 1 })).toBeVisible();
  await expect(card(page, 'Logs')).toContainText('Not enabled on this appliance');
  await expect(card(page, 'Debug bundle')).toContainText('Not enabled on this appliance');
  await expect(page.getByRole('button', { name: /^Download/ })).toHaveCount(0);
});

test('restarting waits for the appliance to go away and come back, then refreshes everything', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'support-token' });
  await appliance.configure({ rebootDowntimeMs: 4000 });
  await signInTo(page, appliance, 'Rebooting appliance');

  await page.getByRole('button', { name: 'Restart appliance' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restart Rebooting appliance?' });
  await expect(confirm).toContainText('Rebooting appliance backs up its data, then reboots.');
  await expectNoAxeViolations(page);
  expect((await appliance.state()).reboots).toBe(0);
  await confirm.getByRole('button', { name: 'Restart' }).click();

  const waiting = page.getByRole('dialog', { name: 'Waiting for Rebooting appliance to restart' });
  await expect(waiting).toBeVisible();
  await expect(waiting).toContainText('has stopped answering; waiting for it to come back.');
  await expect(waiting).toContainText(/Elapsed: [1-9]\d* s/);
  await expectNoAxeViolations(page);

  const back = page.getByRole('dialog', { name: 'Rebooting appliance is back online' });
  await expect(back).toBeVisible({ timeout: 20_000 });
  await expect(back).toContainText(/answers again after \d+ s/);
  const backAt = Date.now();

  const state = await appliance.state();
  expect(state.reboots).toBe(1);
  expect(state.droppedConnections as number).toBeGreaterThan(0);
  // every query of the connection was asked again once it answered
  const refreshed = async () => {
    const log = await appliance.requests();
    const lastDrop = log.findLastIndex((entry) => entry.status === 'dropped');
    const after = log.slice(lastDrop + 1).filter((entry) => entry.status === 200);
    return ['version', 'build', 'health', 'services', 'changelog', 'endpoints'].filter(
      (name) => !after.some((entry) => entry.path === `/api/v1/admin/${name}`),
    );
  };
  await expect.poll(refreshed).toEqual([]);
  expect(Date.now() - backAt).toBeLessThan(10_000);

  await back.getByRole('button', { name: 'Done' }).click();
  await expect(back).toBeHidden();
  await expect(page.getByTestId('system-version')).toHaveText('1.0.0');
});

test('an appliance that stays unreachable keeps the console waiting, with the time it took', async ({
  page,
  request,
  baseURL,
}) => {
  const appliance = await createAppliance(request, baseURL!, { token: 'support-token' });
  await appliance.configure({ rebootDowntimeMs: 120_000 });
  await signInTo(page, appliance, 'Stuck appliance');

  await page.getByRole('button', { name: 'Restart appliance' }).click();
  await page
    .getByRole('dialog', { name: 'Restart Stuck appliance?' })
    .getByRole('button', { name: 'Restart' })
    .click();
  const waiting = page.getByRole('dialog', { name: 'Waiting for Stuck appliance to restart' });
  await expect(waiting).toContainText('has stopped answering');
  await expect(waiting).toContainText(/Elapsed: (9|\d\d) s/, { timeout: 15_000 });
  const versionPolls = async () =>
    (await appliance.requests()).filter((entry) => entry.path === '/api/v1/admin/version');
  // asked 1 s, 2 s and 4 s after it went away: every one dropped, and still waiting
  const polls = await versionPolls();
  expect(polls.filter((entry) => entry.status === 'dropped').length).toBeGreaterThanOrEqual(3);
  await expect(waiting).toContainText('has stopped answering');
  await expect(page.getByRole('dialog', { name: /is back online/ })).toHaveCount(0);

  await waiting.getByRole('button', { name: 'Stop waiting' }).click();
  await expect(waiting).toBeHidden();
  const stopped = (await versionPolls()).length;
  await page.waitForTimeout(6000);
  expect(await versionPolls()).toHaveLength(stopped);
});
