import { randomUUID } from 'node:crypto';
import { empty, invalid, json, message, paginate, readJsonObject } from '../http.ts';
import type { ShellHubRoute } from '../routes.ts';
import { type ApiKey, type Role, roleRank } from '../state.ts';
import { API_KEY_EXPIRY_DAYS, apiKeyNameProblem, isRole } from './rules.ts';
import { apiKeyView } from './views.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const SORTABLE = ['name', 'role', 'expires_in', 'created_at', 'updated_at'] as const;

function sortKey(apiKey: ApiKey, by: (typeof SORTABLE)[number]): string | number {
  switch (by) {
    case 'name':
      return apiKey.name;
    case 'role':
      return roleRank(apiKey.role);
    case 'created_at':
      return apiKey.createdAt;
    case 'updated_at':
      return apiKey.updatedAt;
    default:
      // "never" sorts after every date
      return apiKey.expiresIn === -1 ? Number.MAX_SAFE_INTEGER : apiKey.expiresIn;
  }
}

function roleProblem(role: unknown, callerRole: Role): string | null {
  if (!isRole(role)) return 'must be owner, administrator, operator or observer';
  return roleRank(role) > roleRank(callerRole) ? 'cannot be above your own role' : null;
}

export const apiKeyRoutes: ShellHubRoute[] = [
  {
    method: 'GET',
    pattern: '/api/namespaces/api-key',
    auth: 'jwt,api-key',
    minRole: 'administrator',
    handle({ state, caller, url }) {
      const sortBy = url.searchParams.get('sort_by') ?? 'expires_in';
      const orderBy = url.searchParams.get('order_by') ?? 'desc';
      const fields: Record<string, string> = {};
      if (!(SORTABLE as readonly string[]).includes(sortBy)) {
        fields.sort_by = `must be one of ${SORTABLE.join(', ')}`;
      }
      if (orderBy !== 'asc' && orderBy !== 'desc') fields.order_by = 'must be asc or desc';
      if (Object.keys(fields).length > 0) return invalid(fields);
      const by = sortBy as (typeof SORTABLE)[number];
      const direction = orderBy === 'asc' ? 1 : -1;
      const keys = state.apiKeys
        .filter((apiKey) => apiKey.tenantId === caller?.tenant)
        .sort((a, b) => {
          const left = sortKey(a, by);
          const right = sortKey(b, by);
          return (left < right ? -1 : left > right ? 1 : 0) * direction;
        });
      return paginate(keys.map(apiKeyView), url);
    },
  },
  {
    method: 'POST',
    pattern: '/api/namespaces/api-key',
    auth: 'jwt',
    minRole: 'administrator',
    async handle({ state, request, caller, now }) {
      if (caller?.via !== 'jwt') return message(401, 'unauthorized');
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { name, expires_at: expiresAt, role, key } = body.value;
      const fields: Record<string, string> = {};
      const nameIssue = apiKeyNameProblem(name);
      if (nameIssue) fields.name = nameIssue;
      if (!(API_KEY_EXPIRY_DAYS as readonly unknown[]).includes(expiresAt)) {
        fields.expires_at = 'must be one of -1, 30, 60, 90, 365';
      }
      if (role !== undefined && role !== '') {
        const roleIssue = roleProblem(role, caller.role);
        if (roleIssue) fields.role = roleIssue;
      }
      if (key !== undefined && (typeof key !== 'string' || !UUID.test(key))) {
        fields.key = 'must be a UUID v4';
      }
      if (Object.keys(fields).length > 0) return invalid(fields);
      const tenant = caller.tenant;
      if (state.apiKeys.some((apiKey) => apiKey.tenantId === tenant && apiKey.name === name)) {
        return message(409, 'an API key with this name already exists');
      }
      const value = typeof key === 'string' ? key : randomUUID();
      if (state.apiKeys.some((apiKey) => apiKey.key === value)) {
        return message(409, 'this key value is already in use');
      }
      const days = expiresAt as number;
      const created: ApiKey = {
        key: value,
        name: name as string,
        tenantId: tenant,
        role: isRole(role) ? role : caller.role,
        createdBy: caller.user.id,
        expiresIn: days === -1 ? -1 : Math.floor(now / 1000) + days * 24 * 60 * 60,
        createdAt: now,
        updatedAt: now,
      };
      state.apiKeys.push(created);
      return json({ id: value, ...apiKeyView(created) });
    },
  },
  {
    method: 'PATCH',
    pattern: '/api/namespaces/api-key/:key',
    auth: 'jwt',
    minRole: 'administrator',
    async handle({ state, request, caller, params, now }) {
      if (caller?.via !== 'jwt') return message(401, 'unauthorized');
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { name, role } = body.value;
      const fields: Record<string, string> = {};
      if (name !== undefined) {
        const nameIssue = apiKeyNameProblem(name);
        if (nameIssue) fields.name = nameIssue;
      }
      if (role !== undefined) {
        const roleIssue = roleProblem(role, caller.role);
        if (roleIssue) fields.role = roleIssue;
      }
      if (Object.keys(fields).length > 0) return invalid(fields);
      const inTenant = state.apiKeys.filter((apiKey) => apiKey.tenantId === caller.tenant);
      const target = inTenant.find((apiKey) => apiKey.name === params.key);
      if (!target) return message(404, 'API key not found');
      if (name !== target.name && inTenant.some((apiKey) => apiKey.name === name)) {
        return message(409, 'an API key with this name already exists');
      }
      if (typeof name === 'string') target.name = name;
      if (isRole(role)) target.role = role;
      target.updatedAt = now;
      return empty(200);
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/namespaces/api-key/:key',
    auth: 'jwt',
    minRole: 'administrator',
    handle({ state, caller, params }) {
      const index = state.apiKeys.findIndex(
        (apiKey) => apiKey.tenantId === caller?.tenant && apiKey.name === params.key,
      );
      if (index === -1) return message(404, 'API key not found');
      state.apiKeys.splice(index, 1);
      return empty(200);
    },
  },
];
