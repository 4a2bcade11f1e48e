import type { SimOutcome } from '../../framework/types.ts';
import { message } from '../http.ts';
import type { ShellHubRouteContext } from '../routes.ts';
import { type Namespace, type Role, roleIn, roleRank } from '../state.ts';

export type Access =
  | { ok: true; namespace: Namespace; role: Role; userId: string | null }
  | { ok: false; outcome: SimOutcome };

/**
 * The caller's role in the namespace named by the path (not the token's): a namespace the caller
 * is not an active member of answers 404, a role below `minRole` 403.
 */
export function namespaceAccess(
  context: ShellHubRouteContext,
  tenant: string,
  minRole: Role = 'observer',
): Access {
  const { state, caller } = context;
  const namespace = state.namespaces.find((candidate) => candidate.tenantId === tenant);
  if (!namespace || !caller) return { ok: false, outcome: message(404, 'namespace not found') };
  const role =
    caller.via === 'jwt'
      ? roleIn(state, caller.user.id, tenant)
      : caller.tenant === tenant
        ? caller.role
        : null;
  if (!role) return { ok: false, outcome: message(404, 'namespace not found') };
  if (roleRank(role) < roleRank(minRole)) {
    return { ok: false, outcome: message(403, 'forbidden') };
  }
  return { ok: true, namespace, role, userId: caller.via === 'jwt' ? caller.user.id : null };
}

/** The namespace of the token (billing and API-key routes carry no tenant in the path). */
export function tokenNamespace(context: ShellHubRouteContext): Namespace | null {
  const tenant = context.caller?.tenant;
  return context.state.namespaces.find((candidate) => candidate.tenantId === tenant) ?? null;
}
