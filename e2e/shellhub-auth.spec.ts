import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { addConnection } from './fixtures';
import {
  DEMO_PASSWORD,
  DEMO_RECOVERY_CODES,
  DEMO_TOTP_SECRET,
  DEMO_USERNAME,
  type ShellHub,
  createShellHub,
  fillShellHubLogin,
  signInShellHub,
  totpCode,
} from './shellhub-fixtures';

const namespaceSelect = (page: Page) =>
  page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('combobox', { name: 'Namespace' });

async function expectSignedIn(page: Page) {
  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toBeHidden();
  await expect(namespaceSelect(page)).toHaveValue('demo');
}

async function scanBothSchemes(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.waitForTimeout(300);
    await expectNoAxeViolations(page);
  }
}

async function openSignIn(page: Page, sim: ShellHub) {
  await addConnection(page, { kind: 'ShellHub', name: 'Lab ShellHub', baseUrl: sim.baseUrl });
  await expect(page.getByRole('heading', { name: 'Sign in to Lab ShellHub' })).toBeVisible();
}

test('username or e-mail and password sign in; a wrong password is explained at the field', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await openSignIn(page, sim);
  await scanBothSchemes(page);

  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('Enter your username or e-mail')).toBeVisible();
  await expect(page.getByText('Enter your password')).toBeVisible();

  await fillShellHubLogin(page, { username: DEMO_USERNAME, password: 'wrong-password' });
  await expect(
    page.getByRole('textbox', { name: 'Password', exact: true }),
  ).toHaveAccessibleDescription(
    /Wrong username, e-mail or password \(401 Unauthorized: invalid username or password\)/,
  );
  await expect(page.getByLabel('Username or e-mail')).toHaveValue(DEMO_USERNAME);

  await page.getByLabel('Username or e-mail').fill('demo@example.com');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expectSignedIn(page);
  const state = await sim.state();
  expect(state.rejectedForValidation).toBe(0);
  expect((await sim.requests('POST', '/api/login')).map((entry) => entry.status)).toEqual([
    401, 200,
  ]);
});

test('the fixture signs a control-created user in', async ({ page, request, baseURL }) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [{ username: 'olivia', password: 'olivia-pass', role: 'observer' }],
  });
  await signInShellHub(page, sim, { username: 'olivia', password: 'olivia-pass' });
  await expect(namespaceSelect(page)).toHaveValue('demo');
  await expect(
    page.getByRole('navigation', { name: 'Main navigation' }).getByText('observer'),
  ).toBeVisible();
});

test('MFA: a 401 with X-MFA-Token asks for the code; a wrong code errors, a pasted current one signs in', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [{ username: 'mia', password: 'mia-password', mfa: true, role: 'administrator' }],
  });
  await openSignIn(page, sim);
  await fillShellHubLogin(page, { username: 'mia', password: 'mia-password' });
  await expect(page.getByRole('heading', { name: 'Two-factor authentication' })).toBeVisible();
  const code = page.getByLabel('Verification code');
  await expect(code).toBeFocused();
  await scanBothSchemes(page);

  await code.fill('12');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(code).toHaveAccessibleDescription(/Enter the 6 digits/);

  const wrong = totpCode(DEMO_TOTP_SECRET, Date.now() + 5 * 60_000);
  await code.fill(wrong);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(code).toHaveAccessibleDescription(/401 Unauthorized: invalid verification code/);

  const current = totpCode(DEMO_TOTP_SECRET);
  await code.fill('');
  await code.focus();
  await page.evaluate(
    (text) => {
      const data = new DataTransfer();
      data.setData('text', text);
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    `${current.slice(0, 3)} ${current.slice(3)}`,
  );
  await expect(code).toHaveValue(current);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expectSignedIn(page);
  expect((await sim.requests('POST', '/api/user/mfa/auth')).map((entry) => entry.status)).toEqual([
    401, 200,
  ]);
  expect((await sim.state()).rejectedForValidation).toBe(0);
});

test('a recovery code signs in once; inside the X-Expires-At window MFA can be turned off', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [{ username: 'rita', password: 'rita-password', mfa: true }],
  });
  const [code] = DEMO_RECOVERY_CODES;
  await openSignIn(page, sim);
  await fillShellHubLogin(page, { username: 'rita', password: 'rita-password' });
  await page.getByRole('button', { name: 'Use a recovery code' }).click();
  await page.getByLabel('Recovery code').fill(code!);
  await page.getByRole('button', { name: 'Sign in with the recovery code' }).click();
  await expect(page.getByText('Signed in with a recovery code')).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/for another (10:00|9:5\d)/);
  await page.getByRole('button', { name: 'Keep MFA and continue' }).click();
  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toBeHidden();

  // A reload forgets the in-memory session: sign in again with the same, now used, code.
  await page.reload();
  await fillShellHubLogin(page, { username: 'rita', password: 'rita-password' });
  await page.getByRole('button', { name: 'Use a recovery code' }).click();
  await page.getByLabel('Recovery code').fill(code!);
  await page.getByRole('button', { name: 'Sign in with the recovery code' }).click();
  await expect(page.getByLabel('Recovery code')).toHaveAccessibleDescription(
    /401 Unauthorized: invalid recovery code/,
  );

  await page.getByLabel('Recovery code').fill(DEMO_RECOVERY_CODES[1]!);
  await page.getByRole('button', { name: 'Sign in with the recovery code' }).click();
  await page.getByRole('button', { name: 'Disable MFA now' }).click();
  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toBeHidden();
  const state = await sim.state();
  expect(state.users.find((user) => user.username === 'rita')?.mfa).toBe(false);
  expect(await sim.requests('PUT', '/api/user/mfa/recovery/disable')).toHaveLength(1);
});

test('lost everything: the two e-mailed codes turn MFA off and sign in', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [{ username: 'lena', password: 'lena-password', mfa: true, email: 'lena@example.com' }],
  });
  await openSignIn(page, sim);
  await fillShellHubLogin(page, { username: 'lena', password: 'lena-password' });
  await page.getByRole('button', { name: 'Lost your authenticator and recovery codes?' }).click();
  await expect(page.getByLabel('Username or e-mail')).toHaveValue('lena');
  await page.getByRole('button', { name: 'Send the codes' }).click();
  await expect(page.getByLabel('Code from your e-mail')).toBeVisible();

  const { mailbox } = await sim.state();
  const main = mailbox.find((mail) => mail.to === 'lena@example.com')!.body;
  const recovery = mailbox.find((mail) => mail.to === 'lena.recovery@example.net')!.body;
  await page.getByLabel('Code from your e-mail').fill('AB');
  await page.getByLabel('Code from your recovery e-mail').fill(main);
  await page.getByRole('button', { name: 'Turn off MFA and sign in' }).click();
  await expect(page.getByLabel('Code from your e-mail')).toHaveAccessibleDescription(
    /5-character code/,
  );
  await page.getByLabel('Code from your e-mail').fill(recovery);
  await page.getByRole('button', { name: 'Turn off MFA and sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('403 Forbidden: the codes do not match');

  await page.getByLabel('Code from your e-mail').fill(main.toLowerCase());
  await page.getByLabel('Code from your recovery e-mail').fill(recovery);
  await page.getByRole('button', { name: 'Turn off MFA and sign in' }).click();
  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toBeHidden();
  const state = await sim.state();
  expect(state.users.find((user) => user.username === 'lena')?.mfa).toBe(false);
  expect(state.rejectedForValidation).toBe(0);
});

test('lockout: a 429 counts down from X-Account-Lockout, then the form is back', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, { lockoutAfter: 3, lockoutSeconds: 4 });
  await openSignIn(page, sim);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    await fillShellHubLogin(page, { username: DEMO_USERNAME, password: 'nope-nope' });
    await expect(
      page.getByRole('textbox', { name: 'Password', exact: true }),
    ).toHaveAccessibleDescription(/Wrong username/);
  }
  await fillShellHubLogin(page, { username: DEMO_USERNAME, password: 'nope-nope' });
  await expect(page.getByRole('alert')).toContainText('Too many failed attempts');
  const timer = page.getByRole('timer', { name: 'Time left' });
  await expect(timer).toHaveText(/^0:0[34]$/);
  await expect(timer).toHaveText(/^0:0[12]$/);
  await expect(page.getByLabel('Username or e-mail')).toBeVisible({ timeout: 8000 });
  await expect(page.getByLabel('Username or e-mail')).toHaveValue(DEMO_USERNAME);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expectSignedIn(page);
  expect((await sim.requests('POST', '/api/login')).map((entry) => entry.status)).toEqual([
    401, 401, 429, 200,
  ]);
});

test('403 offers to resend the confirmation e-mail; 423 says the account awaits approval', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [
      { username: 'una', password: 'una-password', confirmed: false },
      { username: 'abe', password: 'abe-password', awaitingApproval: true },
    ],
  });
  await openSignIn(page, sim);
  await fillShellHubLogin(page, { username: 'una', password: 'una-password' });
  await expect(page.getByText('Confirm your e-mail address first')).toBeVisible();
  await page.getByRole('button', { name: 'Resend the confirmation e-mail' }).click();
  await expect(page.getByRole('status')).toHaveText('A new confirmation e-mail is on its way.');
  const { mailbox } = await sim.state();
  expect(mailbox.map((mail) => [mail.to, mail.subject])).toEqual([
    ['una@example.com', 'Confirm your account'],
  ]);

  await page.getByRole('button', { name: 'Back to sign-in' }).click();
  await fillShellHubLogin(page, { username: 'abe', password: 'abe-password' });
  await expect(page.getByText('Awaiting approval')).toBeVisible();
  expect((await sim.requests('POST', '/api/login')).map((entry) => entry.status)).toEqual([
    403, 423,
  ]);
});

test('password recovery: the e-mailed link sets a new password', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await openSignIn(page, sim);
  await page.getByRole('button', { name: 'Forgot your password?' }).click();
  await page.getByLabel('Username or e-mail').fill('demo@example.com');
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByLabel('Link from the e-mail')).toBeVisible();
  const link = (await sim.state()).mailbox.at(-1)!.body;

  await page.getByLabel('Link from the e-mail').fill('not a link');
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill('abc');
  await page.getByLabel('Repeat the new password').fill('abd');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByLabel('Link from the e-mail')).toHaveAccessibleDescription(
    'Paste the whole link from the e-mail',
  );
  await expect(
    page.getByRole('textbox', { name: 'New password', exact: true }),
  ).toHaveAccessibleDescription(/at least 5/);

  await page.getByLabel('Link from the e-mail').fill(link);
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill('brand-new-pass');
  await page.getByLabel('Repeat the new password').fill('brand-new-pass');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Your password was changed. Sign in with the new one.',
  );
  await fillShellHubLogin(page, { username: DEMO_USERNAME, password: 'brand-new-pass' });
  await expectSignedIn(page);
  expect((await sim.state()).rejectedForValidation).toBe(0);
});
