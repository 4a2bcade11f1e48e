import { verifyJwt } from './jwt.ts';
import type { Caller } from './routes.ts';
import { type ShellHubState, roleIn } from './state.ts';

export type CallerResult = { ok: true; caller: Caller | null } | { ok: false; status: 401 };

/**
 * `X-API-KEY` wins over a JWT. The role is never in the token: it is read from the namespace's
 * members on every request, so a removed membership gets 401.
 */
export function identifyCaller(state: ShellHubState, request: Request, now: number): CallerResult {
  const apiKey = request.headers.get('x-api-key');
  if (apiKey) {
    const key = state.apiKeys.find((candidate) => candidate.key === apiKey);
    if (!key || (key.expiresIn !== -1 && key.expiresIn * 1000 <= now)) {
      return { ok: false, status: 401 };
    }
    return {
      ok: true,
      caller: { via: 'api-key', keyName: key.name, tenant: key.tenantId, role: key.role },
    };
  }
  const bearer = /^bearer\s+(.+)$/i.exec(request.headers.get('Authorization')?.trim() ?? '')?.[1];
  if (!bearer) return { ok: true, caller: null };
  const claims = verifyJwt(bearer, now);
  const user = claims ? state.users.find((candidate) => candidate.id === claims.id) : undefined;
  if (!claims || !user || state.account.revokedJtis.has(claims.jti)) {
    return { ok: false, status: 401 };
  }
  const role = roleIn(state, user.id, claims.tenant);
  if (claims.tenant && !role) return { ok: false, status: 401 };
  return {
    ok: true,
    caller: { via: 'jwt', user, tenant: claims.tenant, role: role ?? 'observer' },
  };
}
