import type { Page } from '@playwright/test';
import { type LoggedRequest, type SimInstance, expect, test } from './fixtures';
import { JIDOTEKI, type KindPage, QUALITY_KINDS, visit } from './quality-kinds';

async function openNav(page: Page, target: KindPage) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: target.nav, exact: true })
    .click();
  await expect(page.getByRole('heading', { name: target.heading, level: 1 })).toBeVisible();
}

/** How many times each path was answered with `fault`. */
async function faultedPerPath(sim: SimInstance, fault: string) {
  const counts = new Map<string, number>();
  for (const entry of await sim.requests()) {
    if (entry.fault === fault) counts.set(entry.path, (counts.get(entry.path) ?? 0) + 1);
  }
  return counts;
}

/** The error state of a query that could not load (pages also carry informational alerts). */
const loadError = (page: Page) => page.getByRole('alert').filter({ hasText: 'Could not load' });

async function retryRecovers(page: Page, sim: SimInstance, target: KindPage) {
  await sim.configure({ fault: 'none' });
  for (const retry of await page.getByRole('button', { name: 'Retry' }).all()) {
    await retry.click();
  }
  await target.ready?.(page);
  await expect(loadError(page)).toHaveCount(0);
  await expect(page.getByLabel(/^Loading/)).toHaveCount(0);
}

for (const kind of QUALITY_KINDS) {
  test.describe(`${kind.kind} under faults`, () => {
    let sim: SimInstance;

    test.beforeEach(async ({ page, request, baseURL }) => {
      sim = await kind.create(request, baseURL!);
      await kind.signIn(page, sim);
    });

    test('a slow backend shows the loading state, then the data', async ({ page }) => {
      await sim.configure({ latencyMs: 1500 });
      await openNav(page, kind.faultPage);
      await expect(page.getByLabel(kind.faultPage.loading)).toBeVisible();
      await kind.faultPage.ready?.(page);
      await expect(page.getByLabel(kind.faultPage.loading)).toHaveCount(0);
    });

    test('a 500 shows the status, reads are retried, Retry recovers', async ({ page }) => {
      test.setTimeout(60_000);
      await sim.configure({ fault: '500' });
      await openNav(page, kind.faultPage);
      const alert = loadError(page).first();
      await expect(alert).toContainText('The backend answered 500', { timeout: 15_000 });
      await expect(alert).toContainText('500:');
      await expect(page.getByRole('button', { name: 'Retry' }).first()).toBeVisible();
      // a GET is safe to repeat: first try and two retries
      expect(Math.max(...(await faultedPerPath(sim, '500')).values())).toBe(3);
      await retryRecovers(page, sim, kind.faultPage);
    });

    test('malformed JSON is an unexpected response, not retried', async ({ page }) => {
      await sim.configure({ fault: 'malformed' });
      await openNav(page, kind.faultPage);
      await expect(loadError(page).first()).toContainText('Unexpected response');
      expect(Math.max(...(await faultedPerPath(sim, 'malformed')).values())).toBe(1);
      await retryRecovers(page, sim, kind.faultPage);
    });

    test('a dropped connection is a network error, and Retry recovers', async ({ page }) => {
      await sim.configure({ fault: 'drop' });
      await openNav(page, kind.faultPage);
      // fetch() cannot tell a closed connection from an unreachable host
      await expect(loadError(page).first()).toContainText('Backend unreachable', {
        timeout: 15_000,
      });
      expect((await faultedPerPath(sim, 'drop')).size).toBeGreaterThan(0);
      await retryRecovers(page, sim, kind.faultPage);
    });

    test('a failed submit keeps what was typed and is not repeated', async ({ page }) => {
      const form = kind.faultForm;
      await visit(page, form.page);
      await form.fill(page);
      await sim.configure({ fault: '500' });
      await form.submit(page);
      await form.expectKept(page, '500');
      const sent = (): Promise<LoggedRequest[]> =>
        sim.requests(form.request.method, form.request.path);
      expect((await sent()).map((entry) => entry.fault)).toEqual(['500']);

      await sim.configure({ fault: 'none' });
      await form.submit(page);
      await expect
        .poll(async () => (await sent()).map((entry) => entry.fault ?? 'answered'))
        .toEqual(['500', 'answered']);
    });
  });
}

test('a connection dropped in the middle of an update upload: reported, the package kept, resent', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const sim = await JIDOTEKI.create(request, baseURL!);
  await JIDOTEKI.signIn(page, sim);
  await openNav(page, { nav: 'Updates', heading: 'Updates' });

  // 3 MB at 1 MB/s: the simulator closes the socket 500 ms in, long before the body is sent.
  const content = Buffer.concat([
    Buffer.from('Salted__ version=1.1.0 ', 'latin1'),
    Buffer.alloc(3_000_000, 'x'),
  ]);
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('Update package', { exact: true }).click();
  await (
    await chooser
  ).setFiles({ name: 'big-update.enc', mimeType: 'application/octet-stream', buffer: content });
  await expect(page.getByLabel('SHA-256 of the package')).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 1_000_000,
  });

  await sim.configure({ fault: 'drop', latencyMs: 500 });
  await page.getByRole('button', { name: 'Send update' }).click();
  await expect(page.getByText(/^Uploading the package: \d+%/)).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: 'The connection dropped' });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('big-update.enc', { exact: true })).toBeVisible();
  const posts = await sim.requests('POST', '/api/v1/admin/update');
  expect(posts.length).toBeGreaterThan(0);
  expect(posts.every((entry) => entry.fault === 'drop')).toBe(true);

  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await sim.configure({ fault: 'none', latencyMs: 0 });
  await page.getByRole('button', { name: 'Send update' }).click();
  await expect(
    page.getByRole('region', { name: 'Update status' }).getByText('Succeeded', { exact: true }),
  ).toBeVisible({ timeout: 30_000 });
});
