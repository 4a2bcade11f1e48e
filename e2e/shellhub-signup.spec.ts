import { type Page } from '@playwright/test';
import { addConnection, expect, expectNoAxeViolations, openFromNav, test } from './fixtures';
import {
  DEMO_PASSWORD,
  DEMO_TENANT,
  DEMO_USERNAME,
  createShellHub,
  fillShellHubLogin,
  signInShellHub,
} from './shellhub-fixtures';

// The shared test machine is slow; the steps themselves keep their own timeouts.
test.describe.configure({ timeout: 90_000 });

const DEMO = { username: DEMO_USERNAME, password: DEMO_PASSWORD };

async function scanBothSchemes(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.waitForTimeout(200);
    await expectNoAxeViolations(page);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('sign-up: client rules first, the server’s conflict on its field, then the e-mailed link', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await addConnection(page, { kind: 'ShellHub', name: 'Signup hub', baseUrl: sim.baseUrl });
  await page.getByRole('button', { name: 'Create an account' }).click();
  await expect(page.getByRole('heading', { name: 'Create an account' })).toBeVisible();
  await scanBothSchemes(page);

  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  await field('Name').fill('Ned Stark');
  await field('E-mail').fill('ned');
  await field('Username').fill('ne d');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('abc');
  await page.getByLabel('Repeat the password').fill('abd');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(field('E-mail')).toHaveAccessibleDescription(/Enter an e-mail address/);
  await expect(field('Username')).toHaveAccessibleDescription(/Use 3 to 30 letters/);
  await expect(
    page.getByRole('textbox', { name: 'Password', exact: true }),
  ).toHaveAccessibleDescription(/Use at least 5 characters/);
  expect(await sim.requests('POST', '/api/register')).toHaveLength(0);

  await field('E-mail').fill('ned@example.com');
  await field('Username').fill(DEMO_USERNAME);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('winter-is');
  await page.getByLabel('Repeat the password').fill('winter-is');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(field('Username')).toHaveAccessibleDescription(/The server says: is already taken/);
  await expect(field('Name')).toHaveValue('Ned Stark');

  await field('Username').fill('ned');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('We sent a confirmation link to ned@example.com')).toBeVisible();
  const registers = await sim.requests('POST', '/api/register');
  expect(registers.map((entry) => entry.status)).toEqual([409, 200]);

  const link = page.getByRole('textbox', { name: 'Confirmation link' });
  await link.fill('not a link');
  await page.getByRole('button', { name: 'Confirm the account' }).click();
  await expect(link).toHaveAccessibleDescription(/Paste the whole link from the e-mail/);
  const mail = (await sim.state()).mailbox.findLast((one) => one.to === 'ned@example.com');
  await link.fill(mail!.body);
  await page.getByRole('button', { name: 'Confirm the account' }).click();
  await expect(page.getByText('Your account is confirmed. Sign in to continue.')).toBeVisible();
  await expect(page.getByLabel('Username or e-mail')).toHaveValue('ned');
  expect(
    (await sim.requests('GET', '/api/user/validation_account')).map((entry) => entry.status),
  ).toEqual([200]);
  const login = await request.post(`${sim.baseUrl}/api/login`, {
    data: { username: 'ned', password: 'winter-is' },
  });
  expect(login.status()).toBe(200);
  expect((await sim.state()).rejectedForValidation).toBe(0);
});

test('the e-mailed MFA-reset link lands on the two codes and signs in with MFA off', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [{ username: 'mia', password: 'mia-password', email: 'mia@example.com', mfa: true }],
  });
  await addConnection(page, { kind: 'ShellHub', name: 'MFA hub', baseUrl: sim.baseUrl });
  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toBeVisible();
  const signin = new URL(page.url()).pathname;
  // Requested elsewhere (e.g. ShellHub's own page); only the e-mails reach this browser.
  await request.post(`${sim.baseUrl}/api/user/mfa/reset`, { data: { identifier: 'mia' } });
  const { mailbox } = await sim.state();
  const toMia = mailbox.filter((mail) => mail.to === 'mia@example.com').map((mail) => mail.body);
  const main = toMia.find((body) => /^[A-Z0-9]{5}$/.test(body))!;
  const resetLink = new URL(toMia.find((body) => body.includes('/reset-mfa?id='))!);
  const recovery = mailbox.find((mail) => mail.to === 'mia.recovery@example.net')!.body;

  await page.goto(`${signin}?reset-mfa=${resetLink.searchParams.get('id')}`);
  await expect(page.getByRole('heading', { name: 'Enter the e-mailed codes' })).toBeVisible();
  await page.getByLabel('Code from your e-mail').fill('12');
  await page.getByRole('button', { name: 'Turn off MFA and sign in' }).click();
  await expect(page.getByLabel('Code from your e-mail')).toHaveAccessibleDescription(
    /Enter the 5-character code/,
  );
  await page.getByLabel('Code from your e-mail').fill(main);
  await page.getByLabel('Code from your recovery e-mail').fill(recovery);
  await page.getByRole('button', { name: 'Turn off MFA and sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Devices', level: 1 })).toBeVisible();
  const state = await sim.state();
  expect(state.users.find((user) => user.username === 'mia')?.mfa).toBe(false);
  expect(state.rejectedForValidation).toBe(0);
});

test('the reset step also takes the pasted e-mail link instead of requesting codes', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [{ username: 'mia', password: 'mia-password', email: 'mia@example.com', mfa: true }],
  });
  await addConnection(page, { kind: 'ShellHub', name: 'MFA hub', baseUrl: sim.baseUrl });
  await fillShellHubLogin(page, { username: 'mia', password: 'mia-password' });
  await page.getByRole('button', { name: 'Lost your authenticator and recovery codes?' }).click();
  await page.getByRole('button', { name: 'I already have the e-mailed link' }).click();
  const link = page.getByRole('textbox', { name: 'Link from the e-mail' });
  await link.fill('JR36Q');
  await page.getByRole('button', { name: 'Continue with the link' }).click();
  await expect(link).toHaveAccessibleDescription(/Paste the whole link from the e-mail/);
  await request.post(`${sim.baseUrl}/api/user/mfa/reset`, { data: { identifier: 'mia' } });
  const { mailbox } = await sim.state();
  const resetLink = mailbox.find((mail) => mail.body.includes('/reset-mfa?id='))!.body;
  await link.fill(resetLink);
  await page.getByRole('button', { name: 'Continue with the link' }).click();
  await expect(page.getByLabel('Code from your recovery e-mail')).toBeVisible();
});

test('delete account: owners are told why not; a member’s account goes and the session ends', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [{ username: 'olga', password: 'olga-pass', role: 'observer' }],
  });
  await signInShellHub(page, sim, DEMO);
  await openFromNav(page, 'Profile');
  await page.getByRole('button', { name: 'Delete account' }).click();
  await page
    .getByRole('dialog', { name: 'Delete the account demo?' })
    .getByRole('button', { name: 'Delete my account' })
    .click();
  await expect(page.getByRole('alert', { name: 'The account was not deleted' })).toContainText(
    'delete the namespaces you own first: demo',
  );

  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: /^Sign out of/ }).click();
  await fillShellHubLogin(page, { username: 'olga', password: 'olga-pass' });
  await openFromNav(page, 'Profile');
  await page.getByRole('button', { name: 'Delete account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the account olga?' });
  await expect(dialog).toContainText('This cannot be undone.');
  await dialog.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toBeVisible();
  await expect(page.getByText('The account olga was deleted.')).toBeVisible();
  const state = await sim.state();
  expect(state.users.map((user) => user.username)).not.toContain('olga');
  expect((await sim.requests('DELETE', '/api/user')).map((entry) => entry.status)).toEqual([
    403, 200,
  ]);
});

test('renewing the sign-in swaps in a fresh token from GET /api/token/{tenant}', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, { tokenLifetimeSeconds: 600 });
  await signInShellHub(page, sim, DEMO);
  await openFromNav(page, 'Security');
  await expect(page.getByText(/^Your sign-in ends /)).toBeVisible();
  await sim.configure({ tokenLifetimeSeconds: 259200 });
  await page.getByRole('button', { name: 'Renew sign-in' }).click();
  await expect(page.getByText(/^Your sign-in now lasts until /)).toBeVisible();
  expect(
    (await sim.requests('GET', `/api/token/${DEMO_TENANT}`)).map((entry) => entry.status),
  ).toEqual([200]);
});

test('first-run setup from the setup script’s URL creates the owner, who then signs in', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, { setupSign: 'sig-123' });
  await addConnection(page, { kind: 'ShellHub', name: 'Fresh hub', baseUrl: sim.baseUrl });
  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toBeVisible();
  await page.goto(`${new URL(page.url()).pathname}?setup=sig-123`);
  await expect(page.getByRole('heading', { name: 'First-run setup' })).toBeVisible();
  await expectNoAxeViolations(page);
  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  await field('Name').fill('Al');
  await field('E-mail').fill('root@example.com');
  await field('Username').fill('root');
  await field('Password').fill('root-pass');
  await page.getByLabel('Repeat the password').fill('root-pass');
  await page.getByRole('button', { name: 'Set up the server' }).click();
  await expect(field('Name')).toHaveAccessibleDescription(/Use at least 3 characters/);
  expect(await sim.requests('POST', '/api/setup')).toHaveLength(0);

  await field('Name').fill('Root Admin');
  await page.getByRole('button', { name: 'Set up the server' }).click();
  await expect(page.getByText('The server is set up. Sign in with the new account.')).toBeVisible();
  await expect(page.getByLabel('Username or e-mail')).toHaveValue('root');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('root-pass');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Devices', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main navigation' }).getByText('owner', { exact: true }),
  ).toBeVisible();
  const setups = await sim.requests('POST', '/api/setup');
  expect(setups).toMatchObject([{ query: ['sign'], status: 200 }]);
  expect((await sim.state()).rejectedForValidation).toBe(0);
});
