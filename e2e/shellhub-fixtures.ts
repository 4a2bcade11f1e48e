import { type APIRequestContext, type Page, expect } from '@playwright/test';
import { totp } from '../src/mocks/shellhub/account/totp.ts';
import { type SimInstance, addConnection, createSimInstance } from './fixtures';

export { DEMO_RECOVERY_CODES, DEMO_TOTP_SECRET } from '../src/mocks/shellhub/account/demoMfa.ts';
export const DEMO_TENANT = '00000000-0000-4000-0000-000000000000';
export const DEMO_USERNAME = 'demo';
export const DEMO_PASSWORD = 'demo-password';

export type ShellHubRole = 'observer' | 'operator' | 'administrator' | 'owner';

/** The `users` control field: each user is created and made a member of `tenant`. */
export interface ShellHubUserSpec {
  username: string;
  password: string;
  email?: string;
  name?: string;
  recoveryEmail?: string;
  mfa?: boolean;
  role?: ShellHubRole;
  tenant?: string;
  /** Name of the namespace created when `tenant` does not exist yet. */
  namespace?: string;
  confirmed?: boolean;
  awaitingApproval?: boolean;
}

export interface ShellHubOptions {
  users?: ShellHubUserSpec[];
  tokenLifetimeSeconds?: number;
  lockoutAfter?: number;
  lockoutSeconds?: number;
  [field: string]: unknown;
}

export interface ShellHubState {
  users: { id: string; username: string; email: string; mfa: boolean }[];
  namespaces: { tenant_id: string; name: string; members: { id: string; role: string }[] }[];
  mailbox: { to: string; subject: string; body: string; sentAt: string }[];
  rejectedForValidation: number;
  requestLog: { method: string; path: string; query: string[]; status: number | 'dropped' }[];
  [key: string]: unknown;
}

export type ShellHub = SimInstance<ShellHubState>;

/** A fresh, isolated ShellHub simulator instance (demo user `demo` / `demo-password`). */
export function createShellHub(
  request: APIRequestContext,
  baseURL: string,
  options: ShellHubOptions = {},
): Promise<ShellHub> {
  return createSimInstance<ShellHubState>(request, baseURL, 'shellhub', options);
}

/** The current TOTP code of a secret (RFC 6238, as the simulator computes it). */
export function totpCode(secret: string, nowMs = Date.now()): string {
  return totp(secret, nowMs);
}

/** Fills the password step of the ShellHub sign-in page and submits it. */
export async function fillShellHubLogin(
  page: Page,
  credentials: { username: string; password: string },
) {
  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toBeVisible();
  await page.getByLabel('Username or e-mail').fill(credentials.username);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * Adds the simulator as a connection through the UI and signs in (a user without MFA); waits
 * until the sign-in page is gone.
 */
export async function signInShellHub(
  page: Page,
  sim: ShellHub,
  user: { username: string; password: string; name?: string },
) {
  await addConnection(page, {
    kind: 'ShellHub',
    name: user.name ?? 'Lab ShellHub',
    baseUrl: sim.baseUrl,
  });
  await fillShellHubLogin(page, user);
  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toBeHidden();
}
