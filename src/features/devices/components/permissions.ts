import { ApiError } from '@/api/errors';
import { useShellHubIdentity } from '@/auth/shellhub/identity';

type Role = 'observer' | 'operator' | 'administrator' | 'owner';
const RANK: Record<Role, number> = { observer: 0, operator: 1, administrator: 2, owner: 3 };

/** The least role for each action (ShellHub's authorizer permissions). */
export const NEEDS = {
  'change devices': 'operator',
  'edit tags': 'operator',
  'remove devices': 'administrator',
  'close sessions': 'administrator',
  'play recordings': 'administrator',
  'change firewall rules': 'administrator',
  'change public keys': 'administrator',
  'change connectors': 'administrator',
} as const satisfies Record<string, Role>;

export type Action = keyof typeof NEEDS;

/**
 * Whether the signed-in role may do an action. With no known role (e.g. a session from before
 * roles were recorded) every action shows and the server's 403 decides.
 */
export function useCan(): (action: Action) => boolean {
  const identity = useShellHubIdentity();
  return (action) => !identity || RANK[identity.role] >= RANK[NEEDS[action]];
}

export function useRole(): Role | null {
  return useShellHubIdentity()?.role ?? null;
}

/** A failed action: a 403 says which role rule stopped it; others give status and message. */
export function describeError(error: unknown, action: string): string {
  if (error instanceof ApiError) {
    if (error.status === 403) return `Your role cannot ${action}. (403: ${error.message})`;
    return `${error.status}: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
