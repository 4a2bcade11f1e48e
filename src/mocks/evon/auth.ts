import type { SimOutcome } from '../framework/types.ts';
import { MESSAGES, detail, ok } from './drf.ts';
import type { EvonState, EvonUser } from './state.ts';

function unauthorized(state: EvonState, message: string): SimOutcome {
  state.authFailures += 1;
  return ok(detail(401, message, { 'WWW-Authenticate': 'Token' }));
}

/** DRF TokenAuthentication: `Authorization: Token <key>`; anything else is anonymous. */
export function authenticate(request: Request, state: EvonState): EvonUser | null | SimOutcome {
  const header = request.headers.get('Authorization');
  if (!header) return null;
  const parts = header.trim().split(/\s+/);
  if (parts[0]?.toLowerCase() !== 'token') return null;
  if (parts.length === 1) {
    return unauthorized(state, 'Invalid token header. No credentials provided.');
  }
  if (parts.length > 2) {
    return unauthorized(state, 'Invalid token header. Token string should not contain spaces.');
  }
  const userId = state.tokens.get(parts[1] ?? '');
  const user = state.users.find((candidate) => candidate.id === userId);
  if (!user) return unauthorized(state, MESSAGES.invalidToken);
  if (!user.is_active) return unauthorized(state, MESSAGES.inactive);
  return user;
}

export function requireUser(request: Request, state: EvonState): EvonUser | SimOutcome {
  const user = authenticate(request, state);
  if (user === null) return unauthorized(state, MESSAGES.noCredentials);
  return user;
}

export function isOutcome(value: unknown): value is SimOutcome {
  return typeof value === 'object' && value !== null && 'result' in value;
}

/** Django ModelBackend: superusers have every permission; others their own and their groups'. */
export function hasPerm(state: EvonState, user: EvonUser, codename: string): boolean {
  if (user.is_superuser) return true;
  const ids = new Set(user.user_permissions);
  for (const group of state.groups) {
    if (user.groups.includes(group.id)) for (const id of group.permissions) ids.add(id);
  }
  return state.permissions.some((perm) => ids.has(perm.id) && perm.codename === codename);
}

export function forbidden(state: EvonState): SimOutcome {
  state.permissionDenials += 1;
  return ok(detail(403, MESSAGES.forbidden));
}

const ACTION_OF: Record<string, string> = {
  GET: 'view',
  HEAD: 'view',
  POST: 'add',
  PATCH: 'change',
  PUT: 'change',
  DELETE: 'delete',
};

/** HubDjangoModelPermissions: GET→view_, POST→add_, PATCH→change_, DELETE→delete_. */
export function modelPermission(method: string, model: string): string | null {
  const action = ACTION_OF[method];
  return action ? `${model.replace('.', `.${action}_`)}` : null;
}

/** Servers a non-superuser may reach: a policy targets it and one of its rules sources the user. */
export function canReach(state: EvonState, user: EvonUser, serverId: number): boolean {
  const server = state.servers.find((candidate) => candidate.id === serverId);
  if (!server) return false;
  return state.policies.some((policy) => {
    const targets =
      policy.servers.includes(serverId) ||
      policy.servergroups.some((group) => server.server_groups.includes(group));
    if (!targets) return false;
    return policy.rules.some((ruleId) => {
      const rule = state.rules.find((candidate) => candidate.id === ruleId);
      if (!rule) return false;
      return (
        rule.source_users.includes(user.id) ||
        rule.source_groups.some((group) => user.groups.includes(group))
      );
    });
  });
}
