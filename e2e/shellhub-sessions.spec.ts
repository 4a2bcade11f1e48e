import { type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openFromNav, test } from './fixtures';
import {
  DEMO_PASSWORD,
  DEMO_USERNAME,
  type ShellHub,
  createShellHub,
  signInShellHub,
} from './shellhub-fixtures';

// The shared test machine is slow; the steps themselves keep their own timeouts.
test.describe.configure({ timeout: 90_000 });

async function openSessions(
  page: Page,
  sim: ShellHub,
  user = DEMO_USERNAME,
  password = DEMO_PASSWORD,
) {
  await signInShellHub(page, sim, { username: user, password });
  await openFromNav(page, 'Sessions');
}

const sessionRow = (page: Page, index: number) =>
  page.getByRole('table', { name: 'Sessions' }).getByRole('row').nth(index);

test('sessions: list, detail, and closing an active session', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await openSessions(page, sim);
  await expect(page.getByRole('table', { name: 'Sessions' }).getByRole('row')).toHaveCount(5);
  await expect(sessionRow(page, 1)).toContainText('Active');
  await expect(sessionRow(page, 4)).toContainText('Not authenticated');
  await expectNoAxeViolations(page);

  await sessionRow(page, 1).getByRole('link', { name: 'edge-lyon-01' }).click();
  await expect(page.getByRole('heading', { name: 'root on edge-lyon-01', level: 1 })).toBeVisible();
  await expect(page.getByText('198.51.100.10')).toBeVisible();
  await page.getByRole('button', { name: 'Close session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Close the session of root on edge-lyon-01?' });
  await dialog.getByRole('button', { name: 'Close session' }).click();
  await expect(page.getByText('root on edge-lyon-01 was disconnected.')).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Ended' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close session' })).toBeHidden();

  const state = (await sim.state()) as unknown as { sessions: { active: boolean }[] };
  expect(state.sessions.some((session) => session.active)).toBe(false);
  const [close] = await sim.requests('POST', /\/close$/);
  expect(close?.status).toBe(200);
});

test('recording: play at 4×, pause, seek with the keyboard (seed frame array)', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await openSessions(page, sim);
  await sessionRow(page, 2).getByRole('link').click();
  const terminal = page.getByRole('region', { name: 'Recording of root on edge-lyon-01' });
  await expect(terminal).toBeVisible();
  await expect(page.getByText('Position 0:00 of 0:05')).toBeVisible();

  await page.getByRole('combobox', { name: 'Speed' }).click();
  await page.getByRole('option', { name: '4×' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(terminal).toContainText('load average', { timeout: 4000 });
  await expect(terminal).toContainText('logout', { timeout: 4000 });
  await expect(page.getByText('Position 0:05 of 0:05')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  const position = page.getByRole('slider', { name: 'Position in seconds' });
  await position.focus();
  await page.keyboard.press('Home');
  await expect(page.getByText('Position 0:00 of 0:05')).toBeVisible();
  // Back at the start only the first frame (the banner) is on the fresh screen.
  await expect(terminal).toContainText('Welcome');
  await expect(terminal).not.toContainText('uptime');
  await page.keyboard.press('End');
  await expect(terminal).toContainText('logout');
  await expectNoAxeViolations(page);
  expect(await sim.requests('GET', /\/play$/)).toHaveLength(1);
});

test('recording served as asciicast text plays too', async ({ page, request, baseURL }) => {
  const sim = await createShellHub(request, baseURL!, { recordingFormat: 'asciicast' });
  await openSessions(page, sim);
  await sessionRow(page, 3).getByRole('link').click();
  await expect(
    page.getByRole('heading', { name: 'admin on edge-oslo-01', level: 1 }),
  ).toBeVisible();
  await page.getByRole('slider', { name: 'Position in seconds' }).focus();
  await page.keyboard.press('End');
  const terminal = page.getByRole('region', { name: 'Recording of admin on edge-oslo-01' });
  await expect(terminal).toContainText('agent.conf');
});

test('sessions: roles below administrator cannot close or play', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [{ username: 'olga', password: 'olga-pass', role: 'operator' }],
  });
  await openSessions(page, sim, 'olga', 'olga-pass');
  await sessionRow(page, 1).getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'root on edge-lyon-01', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close session' })).toBeHidden();
  await page.goBack();
  await sessionRow(page, 2).getByRole('link').click();
  await expect(
    page.getByText('Your role (operator) cannot play recordings; administrators and owners can.'),
  ).toBeVisible();
  expect(await sim.requests('GET', /\/play$/)).toHaveLength(0);
});

test('sessions: an empty list', async ({ page, request, baseURL }) => {
  const sim = await createShellHub(request, baseURL!, { emptyNamespace: true });
  await openSessions(page, sim);
  await expect(page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();
});
