import type { UserAuth } from '@/api/shellhub/userAuth';
import { SHELLHUB_ROLES, type ShellHubCredential } from '../credentials';

export type ShellHubRole = (typeof SHELLHUB_ROLES)[number];

export const isShellHubRole = (role: unknown): role is ShellHubRole =>
  SHELLHUB_ROLES.includes(role as ShellHubRole);

/** The session credential a successful login, MFA step or namespace switch answers. */
export function credentialFromAuth(auth: UserAuth): ShellHubCredential {
  return {
    kind: 'shellhub',
    jwt: auth.token,
    tenant: auth.tenant,
    username: auth.user,
    ...(isShellHubRole(auth.role) ? { role: auth.role } : {}),
  };
}
