import { json, message, paginate } from '../http.ts';
import type { ShellHubRoute, ShellHubRouteContext } from '../routes.ts';
import { type Namespace, roleIn } from '../state.ts';
import { userAuth } from './userAuth.ts';

function namespaceView(namespace: Namespace) {
  return {
    name: namespace.name,
    owner: namespace.owner,
    tenant_id: namespace.tenantId,
    members: namespace.members.map((member) => ({
      id: member.id,
      role: member.role,
      added_at: new Date(member.addedAt).toISOString(),
      status: member.status,
    })),
    settings: namespace.settings,
    max_devices: namespace.maxDevices,
    type: namespace.type,
    created_at: new Date(namespace.createdAt).toISOString(),
  };
}

function listNamespaces({ state, url, caller }: ShellHubRouteContext) {
  if (caller?.via !== 'jwt') return message(403, 'forbidden');
  const mine = state.namespaces.filter((namespace) =>
    roleIn(state, caller.user.id, namespace.tenantId),
  );
  return paginate(mine.map(namespaceView), url);
}

/** A fresh token for another namespace the caller belongs to; the role is read now. */
function tokenFor({ state, params, caller, now }: ShellHubRouteContext) {
  if (caller?.via !== 'jwt') return message(403, 'forbidden');
  const tenant = params.tenant ?? '';
  if (!roleIn(state, caller.user.id, tenant)) return message(403, 'not a member of this namespace');
  caller.user.preferredTenant = tenant;
  return json(userAuth(state, caller.user, tenant, now));
}

export const switcherRoutes: ShellHubRoute[] = [
  { method: 'GET', pattern: '/api/namespaces', auth: 'jwt', handle: listNamespaces },
  { method: 'GET', pattern: '/api/auth/token/:tenant', auth: 'jwt', handle: tokenFor },
  { method: 'GET', pattern: '/api/token/:tenant', auth: 'jwt', handle: tokenFor },
];
