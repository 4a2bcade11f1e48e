import { issueSessionToken } from './tokens.ts';
import type { ShellHubState, User } from '../state.ts';
import { roleIn } from '../state.ts';

/** The namespace a session opens in: the preferred one if still a member, else the first. */
export function landingTenant(state: ShellHubState, user: User): string {
  if (roleIn(state, user.id, user.preferredTenant)) return user.preferredTenant;
  const first = state.namespaces.find((namespace) => roleIn(state, user.id, namespace.tenantId));
  return first?.tenantId ?? '';
}

/** `userAuth`: the body of a successful login, MFA step, recovery or namespace switch. */
export function userAuth(state: ShellHubState, user: User, tenant: string, now: number) {
  return {
    token: issueSessionToken(
      state,
      { id: user.id, username: user.username, tenant, mfa: user.mfa.enabled },
      now,
    ),
    id: user.id,
    origin: 'local',
    user: user.username,
    name: user.name,
    email: user.email,
    recovery_email: user.recoveryEmail,
    tenant,
    role: tenant ? (roleIn(state, user.id, tenant) ?? '') : '',
    mfa: user.mfa.enabled,
    admin: false,
    max_namespaces: user.maxNamespaces,
  };
}

/** Username or e-mail, as the login form's "identifier". */
export function findByIdentifier(state: ShellHubState, identifier: string): User | undefined {
  const wanted = identifier.trim().toLowerCase();
  return state.users.find(
    (user) => user.username.toLowerCase() === wanted || user.email.toLowerCase() === wanted,
  );
}
