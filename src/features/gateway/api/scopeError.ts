import { ApiError, describeError } from '@/api/errors';

const MISSING = /missing required scope\(s\):\s*(.+)$/i;

/** The scopes a 403 names: `User missing required scope(s): devices:read, updates:read`. */
export function missingScopes(error: unknown): string[] | null {
  if (!(error instanceof ApiError) || error.status !== 403) return null;
  const match = MISSING.exec(error.message.trim());
  if (!match?.[1]) return null;
  const scopes = match[1].split(/[\s,]+/).filter((scope) => /^[a-z]+:[a-z-]+$/.test(scope));
  return scopes.length > 0 ? scopes : null;
}

export function lacksScopeMessage(scopes: string[]): string {
  const list =
    scopes.length <= 1
      ? (scopes[0] ?? '')
      : `${scopes.slice(0, -1).join(', ')} and ${scopes[scopes.length - 1] ?? ''}`;
  return `This token lacks ${list}`;
}

/** One line for a failed gateway request: the missing scope when that is why, else the server's. */
export function describeGatewayError(error: unknown): string {
  const scopes = missingScopes(error);
  return scopes ? lacksScopeMessage(scopes) : describeError(error);
}
