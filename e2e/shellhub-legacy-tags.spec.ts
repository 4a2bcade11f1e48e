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

const DEMO = { username: DEMO_USERNAME, password: DEMO_PASSWORD };
const RULE_ID = '65f1c0a0e4b0a1a2b3c4d501';

interface TagsSnapshot {
  firewallRules: { id: string; filter: { tags?: string[] } }[];
  publicKeys: { name: string; fingerprint: string; filter: { tags?: string[] } }[];
  rejectedForValidation: number;
}

const snapshot = async (sim: ShellHub) => (await sim.state()) as unknown as TagsSnapshot;

/** In the open tags dialog: add `added` (after two refused tries), then replace all by `only`. */
async function editTags(page: Page, dialogName: RegExp, added: string, only: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  const newTag = dialog.getByRole('textbox', { name: 'Add one tag' });
  await newTag.fill('no');
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await expect(newTag).toHaveAccessibleDescription(/A tag has at least 3 characters/);
  await newTag.fill('production');
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await expect(newTag).toHaveAccessibleDescription(/It already has this tag/);

  await newTag.fill(added);
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByText('Tag added')).toBeVisible();
  await expect(newTag).toHaveValue('');

  // Backspace in the empty tags input drops the last tag: both go, `only` comes.
  const all = dialog.getByRole('combobox', { name: 'All tags' });
  await all.click();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  // Keyboard: the toast of the added tag can cover the button.
  await dialog.getByRole('button', { name: 'Replace tags' }).press('Enter');
  await expect(dialog.getByText('Keep at least one tag')).toBeVisible();
  await all.fill(only);
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Replace tags' }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Tags saved')).toBeVisible();
}

test('firewall rule tags through the seed’s sub-routes: add one, then replace them all', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await signInShellHub(page, sim, DEMO);
  await openFromNav(page, 'Firewall rules');
  await page.getByRole('button', { name: /^Edit tags: allow \^root\$/ }).click();
  await expectNoAxeViolations(page);
  await editTags(page, /^Tags of allow \^root\$/, 'oslo', 'lyon');

  const table = page.getByRole('table', { name: 'Firewall rules' });
  await expect(table.getByText('lyon', { exact: true })).toBeVisible();
  await expect(table.getByText('production', { exact: true })).toBeHidden();
  const rule = (await snapshot(sim)).firewallRules.find((one) => one.id === RULE_ID);
  expect(rule?.filter.tags).toEqual(['lyon']);
  const posts = await sim.requests('POST', `/api/firewall/rules/${RULE_ID}/tags`);
  expect(posts.map((entry) => entry.status)).toEqual([200]);
  const puts = await sim.requests('PUT', `/api/firewall/rules/${RULE_ID}/tags`);
  expect(puts.map((entry) => entry.status)).toEqual([200]);
  expect((await snapshot(sim)).rejectedForValidation).toBe(0);
});

test('public key tags through the seed’s sub-routes: add one, then replace them all', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await signInShellHub(page, sim, DEMO);
  await openFromNav(page, 'Public keys');
  await page.getByRole('button', { name: 'Edit tags: ops laptop' }).click();
  await editTags(page, /^Tags of ops laptop/, 'lab', 'edge');
  const table = page.getByRole('table', { name: 'Public keys' });
  await expect(table.getByText('edge', { exact: true })).toBeVisible();
  const key = (await snapshot(sim)).publicKeys.find((one) => one.name === 'ops laptop')!;
  expect(key.filter.tags).toEqual(['edge']);
  // The fingerprint's colons travel percent-encoded.
  const path = `/api/sshkeys/public-keys/${encodeURIComponent(key.fingerprint)}/tags`;
  expect((await sim.requests('POST', path)).map((entry) => entry.status)).toEqual([200]);
  expect((await sim.requests('PUT', path)).map((entry) => entry.status)).toEqual([200]);
  expect((await snapshot(sim)).rejectedForValidation).toBe(0);
});

test('a connector’s own page reads GET /api/connector/{uid} and its Docker engine', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await signInShellHub(page, sim, DEMO);
  await openFromNav(page, 'Connectors');
  await page.getByRole('link', { name: 'docker.lab.example' }).click();
  await expect(
    page.getByRole('heading', { name: 'docker.lab.example:2376', level: 1 }),
  ).toBeVisible();
  await expect(page.getByText('Enabled', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Docker engine', level: 2 })).toBeVisible();
  await expect(page.getByText(/^Docker .* containers/)).toBeVisible();
  await expectNoAxeViolations(page);
  const uid = '3dd0d1f8-8246-4519-b11a-a3dd33717f65';
  expect(await sim.requests('GET', `/api/connector/${uid}`)).toHaveLength(1);
  expect(await sim.requests('GET', `/api/connector/${uid}/info`)).toHaveLength(1);
});
