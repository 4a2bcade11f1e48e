import { ApiError, describeError } from '@/api/errors';
import type { ShellHubRole } from '@/auth/shellhub/identity';

const RANK: Record<ShellHubRole, number> = {
  observer: 0,
  operator: 1,
  administrator: 2,
  owner: 3,
};

export const atLeast = (role: ShellHubRole | undefined, least: ShellHubRole): boolean =>
  role !== undefined && RANK[role] >= RANK[least];

/** A member can only assign roles up to their own, and only to members below them. */
export const outranks = (role: ShellHubRole | undefined, other: ShellHubRole): boolean =>
  role !== undefined && RANK[role] > RANK[other];

export const ROLE_LABELS: Record<ShellHubRole, string> = {
  observer: 'Observer',
  operator: 'Operator',
  administrator: 'Administrator',
  owner: 'Owner',
};

/** What failed, in the user's words; a 403 says the role is the reason. */
export function describeFailure(error: unknown, action: string): string {
  if (error instanceof ApiError && error.status === 403) {
    return `Your role cannot ${action} (403: ${error.message}).`;
  }
  return describeError(error);
}
