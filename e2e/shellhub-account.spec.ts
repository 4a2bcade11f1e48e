import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { addConnection, openFromNav } from './fixtures';
import {
  DEMO_PASSWORD,
  DEMO_TENANT,
  DEMO_TOTP_SECRET,
  DEMO_USERNAME,
  createShellHub,
  fillShellHubLogin,
  signInShellHub,
  totpCode,
} from './shellhub-fixtures';

const DEMO = { username: DEMO_USERNAME, password: DEMO_PASSWORD };
const LAB_TENANT = '11111111-2222-4333-8444-555555555555';

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });

async function scanBothSchemes(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.waitForTimeout(300);
    await expectNoAxeViolations(page);
  }
}

test('MFA enrolment: recovery e-mail first, saved codes, QR and secret, a current code turns it on', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const sim = await createShellHub(request, baseURL!);
  await signInShellHub(page, sim, DEMO);
  await openFromNav(page, 'Security');

  const recovery = page.getByLabel('Recovery e-mail');
  await recovery.fill('demo@example.com');
  await page.getByRole('button', { name: 'Save the recovery e-mail' }).click();
  await expect(recovery).toHaveAccessibleDescription('Use an address other than your e-mail');
  await recovery.fill('backup@example.net');
  await page.getByRole('button', { name: 'Save the recovery e-mail' }).click();
  await expect(page.getByText('Recovery e-mail saved')).toBeVisible();

  await page.getByRole('button', { name: 'Set up MFA' }).click();
  const codeItems = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(codeItems).toHaveCount(6);
  const codes = await codeItems.allTextContents();
  await expect(page.getByRole('button', { name: 'Download the codes' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the codes' }).click();
  expect((await download).suggestedFilename()).toBe('shellhub-recovery-codes.txt');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeDisabled();
  await page.getByLabel('I have saved my recovery codes').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('img', { name: /QR code of the authenticator link/ })).toBeVisible();
  const secret = (await page.getByLabel('Secret').textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await scanBothSchemes(page);

  const code = page.getByLabel('Code from the app');
  await code.fill(totpCode(secret, Date.now() + 5 * 60_000));
  await page.getByRole('button', { name: 'Turn on MFA' }).click();
  await expect(code).toHaveAccessibleDescription(/403 Forbidden: invalid verification code/);
  await code.fill(totpCode(secret));
  await page.getByRole('button', { name: 'Turn on MFA' }).click();
  await expect(page.getByText('Multi-factor authentication is on', { exact: true })).toBeVisible();
  await expect(page.getByText('On', { exact: true })).toBeVisible();

  // The next sign-in asks for a code from the new secret.
  await page.reload();
  await fillShellHubLogin(page, DEMO);
  await page.getByLabel('Verification code').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { name: 'Security', level: 1 })).toBeVisible();

  // Turning it off with a recovery code uses that code up.
  await page.getByText('Recovery code', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Recovery code' })).toBeChecked();
  await page.getByRole('textbox', { name: 'Recovery code' }).fill('WRONGCODE0000000');
  await page.getByRole('button', { name: 'Turn off MFA' }).click();
  await expect(page.getByRole('textbox', { name: 'Recovery code' })).toHaveAccessibleDescription(
    /403 Forbidden: invalid code/,
  );
  await page.getByRole('textbox', { name: 'Recovery code' }).fill(codes[3]!);
  await page.getByRole('button', { name: 'Turn off MFA' }).click();
  await expect(page.getByText('Multi-factor authentication is off', { exact: true })).toBeVisible();
  await expect(page.getByText('Off', { exact: true })).toBeVisible();
  const state = await sim.state();
  expect(state.users.find((user) => user.username === 'demo')?.mfa).toBe(false);
  expect(state.rejectedForValidation).toBe(0);
});

test('MFA can be turned off with the two e-mailed codes', async ({ page, request, baseURL }) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [{ username: 'mia', password: 'mia-password', mfa: true, email: 'mia@example.com' }],
  });
  await addConnection(page, { kind: 'ShellHub', name: 'MFA hub', baseUrl: sim.baseUrl });
  await fillShellHubLogin(page, { username: 'mia', password: 'mia-password' });
  await page.getByLabel('Verification code').fill(totpCode(DEMO_TOTP_SECRET));
  await page.getByRole('button', { name: 'Verify' }).click();
  await openFromNav(page, 'Security');
  await page.getByText('E-mail codes', { exact: true }).click();
  await page.getByRole('button', { name: 'E-mail me the codes' }).click();
  await expect(page.getByLabel('Code from your e-mail')).toBeVisible();
  const { mailbox } = await sim.state();
  const main = mailbox.find((mail) => mail.to === 'mia@example.com')!.body;
  const recovery = mailbox.find((mail) => mail.to === 'mia.recovery@example.net')!.body;
  await page.getByLabel('Code from your e-mail').fill(recovery);
  await page.getByLabel('Code from your recovery e-mail').fill(main);
  await page.getByRole('button', { name: 'Turn off MFA' }).click();
  await expect(page.getByRole('alert', { name: 'Could not turn off MFA' })).toContainText(
    '403 Forbidden: invalid code',
  );
  await page.getByLabel('Code from your e-mail').fill(main);
  await page.getByLabel('Code from your recovery e-mail').fill(recovery);
  await page.getByRole('button', { name: 'Turn off MFA' }).click();
  await expect(page.getByText('Off', { exact: true })).toBeVisible();
  const state = await sim.state();
  expect(state.users.find((user) => user.username === 'mia')?.mfa).toBe(false);
  expect(state.rejectedForValidation).toBe(0);
});

test('profile: client rules before sending, server conflicts on the field, password change', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [{ username: 'olga', password: 'olga-pass', email: 'olga@example.com' }],
  });
  await signInShellHub(page, sim, DEMO);
  await openFromNav(page, 'Profile');
  await scanBothSchemes(page);
  const demoId = (await sim.state()).users.find((user) => user.username === 'demo')!.id;

  await page.getByRole('textbox', { name: 'Username', exact: true }).fill('no spaces allowed');
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill('olga@example.com');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(
    page.getByRole('textbox', { name: 'Username', exact: true }),
  ).toHaveAccessibleDescription(/Use 3 to 30 letters/);
  expect(await sim.requests('PATCH', `/api/users/${demoId}/data`)).toHaveLength(0);

  await page.getByRole('textbox', { name: 'Username', exact: true }).fill('demo');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Dee Mo');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(
    page.getByRole('textbox', { name: 'E-mail', exact: true }),
  ).toHaveAccessibleDescription(/is already taken/);
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Dee Mo');

  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill('dee@example.com');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Dee Mo');

  await page.getByLabel('Current password').fill('not-my-password');
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill('next-password');
  await page.getByLabel('Repeat the new password').fill('next-password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByLabel('Current password')).toHaveAccessibleDescription(
    /403 Forbidden: the current password is wrong/,
  );
  await page.getByLabel('Current password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed')).toBeVisible();

  const statuses = async (path: string) =>
    (await sim.requests('PATCH', path)).map((entry) => entry.status);
  expect(await statuses(`/api/users/${demoId}/data`)).toEqual([409, 200]);
  expect(await statuses(`/api/users/${demoId}/password`)).toEqual([403, 200]);
  expect((await sim.state()).rejectedForValidation).toBe(0);
  await page.reload();
  await fillShellHubLogin(page, { username: 'dee@example.com', password: 'next-password' });
  await expect(page.getByRole('heading', { name: 'Profile', level: 1 })).toBeVisible();
});

test('the namespace switcher swaps the token, the role and refetches', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [{ ...DEMO, tenant: LAB_TENANT, namespace: 'lab', role: 'observer' }],
  });
  await signInShellHub(page, sim, DEMO);
  await openFromNav(page, 'Profile');
  const select = mainNav(page).getByRole('combobox', { name: 'Namespace' });
  await expect(select).toHaveValue('demo');
  await expect(mainNav(page).getByText('owner', { exact: true })).toBeVisible();
  const before = (await sim.requests('GET', '/api/auth/user')).length;

  await select.click();
  await page.getByRole('option', { name: 'lab' }).click();
  await expect(select).toHaveValue('lab');
  await expect(mainNav(page).getByText('observer', { exact: true })).toBeVisible();
  await expect(page.getByText('Switched to namespace lab as observer')).toBeVisible();
  expect(await sim.requests('GET', `/api/auth/token/${LAB_TENANT}`)).toHaveLength(1);
  await expect
    .poll(async () => (await sim.requests('GET', '/api/auth/user')).length)
    .toBe(before + 1);
  expect(await sim.requests('GET', '/api/namespaces')).toHaveLength(2);
});

test('an expired token signs out and returns to the page after signing in again', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, { tokenLifetimeSeconds: 4 });
  await signInShellHub(page, sim, DEMO);
  await openFromNav(page, 'Security');
  await expect(page.getByRole('alert').filter({ hasText: 'Your session expired' })).toBeHidden();
  await expect(page.getByText(/Your session expired \(the ShellHub token expired\)/)).toBeVisible({
    timeout: 8000,
  });
  await expect(page).toHaveURL(/\/signin\?next=/);
  await sim.configure({ tokenLifetimeSeconds: 3600 });
  await fillShellHubLogin(page, DEMO);
  await expect(page.getByRole('heading', { name: 'Security', level: 1 })).toBeVisible();
});

test('any 401 without an MFA token signs out and returns to the page afterwards', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await signInShellHub(page, sim, DEMO);
  await openFromNav(page, 'Profile');
  await sim.configure({ revokeTokens: true });
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Changed');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText(/session was ended because the backend rejected/)).toBeVisible();
  await fillShellHubLogin(page, DEMO);
  await expect(page.getByRole('heading', { name: 'Profile', level: 1 })).toBeVisible();
  const demoId = (await sim.state()).users.find((user) => user.username === 'demo')!.id;
  expect(
    (await sim.requests('PATCH', `/api/users/${demoId}/data`)).map((entry) => entry.status),
  ).toEqual([401]);
});

test('a namespace API key signs in as X-API-KEY; user pages explain what it cannot do', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    apiKeys: [{ key: 'ci-key-0001', name: 'ci', role: 'operator' }],
  });
  await addConnection(page, { kind: 'ShellHub', name: 'Keyed hub', baseUrl: sim.baseUrl });
  await page.getByRole('button', { name: 'Use an API key instead' }).click();
  await page.getByLabel('API key').fill('wrong-key');
  await page.getByLabel('Namespace tenant ID').fill('demo');
  await page.getByRole('button', { name: 'Sign in with the API key' }).click();
  await expect(page.getByLabel('Namespace tenant ID')).toHaveAccessibleDescription(
    /Enter the namespace tenant ID/,
  );
  await page.getByLabel('Namespace tenant ID').fill(DEMO_TENANT);
  await page.getByRole('button', { name: 'Sign in with the API key' }).click();
  await expect(page.getByLabel('API key')).toHaveAccessibleDescription(/Rejected: 401/);
  await page.getByLabel('API key').fill('ci-key-0001');
  await page.getByRole('combobox', { name: 'Role of the key' }).click();
  await page.getByRole('option', { name: 'operator' }).click();
  await page.getByRole('button', { name: 'Sign in with the API key' }).click();
  await expect(mainNav(page).getByText(`API key · namespace ${DEMO_TENANT}`)).toBeVisible();
  await expect(mainNav(page).getByText('operator', { exact: true })).toBeVisible();
  await openFromNav(page, 'Profile');
  await expect(page.getByText('Signed in with an API key')).toBeVisible();
  const namespaceReads = await sim.requests('GET', `/api/namespaces/${DEMO_TENANT}`);
  // The sign-in check: the wrong key, then the right one (pages may read the namespace later).
  expect(namespaceReads.slice(0, 2).map((entry) => entry.status)).toEqual([401, 200]);
  expect(await sim.requests('GET', '/api/auth/user')).toHaveLength(0);
});
