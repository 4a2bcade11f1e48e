import { badRequest, notFound, readJsonObject, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import type { Vns3ApiToken, Vns3State } from '../state.ts';
import { booleanField, integerField, stringField } from './fields.ts';
import { PASSWORD_MIN, TOKEN_EXPIRES, URL_EXPIRES } from './rules.ts';
import type { AccessUrl } from './state.ts';
import { iso, nextId } from './state.ts';

const CLIENT_IP = '192.0.2.50';
export const ADMIN_USERNAME = /^[A-Za-z0-9_.-]{3,32}$/;

function randomSecret(length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from({ length }, () => alphabet[Math.floor(Math.random() * 36)]).join('');
}

function tokenDetail(token: Vns3ApiToken, now: number) {
  return {
    id: token.id,
    name: token.name,
    token: token.token,
    created_at: iso(token.createdAt),
    created_ip: token.createdIp,
    expires_at: iso(token.expiresAt),
    lifetime: Math.round((token.expiresAt - token.createdAt) / 1000),
    refreshes: token.refreshes,
    expired: token.expired || token.expiresAt <= now,
    last_accessed_at: token.lastAccessedAt === null ? null : iso(token.lastAccessedAt),
    last_accessed_ip: token.lastAccessedAt === null ? null : CLIENT_IP,
  };
}

function urlDetail(url: AccessUrl, now: number) {
  return {
    id: url.id,
    name: url.name,
    description: url.description,
    url: `https://203.0.113.10:8000/access/${url.secret}`,
    access: url.access,
    created_at: iso(url.createdAt),
    created_ip: CLIENT_IP,
    expires_at: iso(url.expiresAt),
    lifetime: Math.round((url.expiresAt - url.createdAt) / 1000),
    expired: url.expired || url.expiresAt <= now,
    last_accessed_at: null,
    last_accessed_ip: null,
  };
}

const findToken = (state: Vns3State, id: string | undefined) =>
  [...state.apiTokens.values()].find((token) => String(token.id) === id);

function expiresField(body: Record<string, unknown>, range: { min: number; max: number }) {
  const expires = integerField(body, 'expires', true);
  if (!expires.ok) return expires;
  const value = expires.value ?? 0;
  if (value < range.min || value > range.max) {
    return {
      ok: false as const,
      outcome: badRequest(`expires range must be between ${range.min} and ${range.max}`),
    };
  }
  return { ok: true as const, value };
}

export const accessRoutes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/access/tokens',
    handle: ({ state, now }) =>
      vns3Response([...state.apiTokens.values()].map((token) => tokenDetail(token, now))),
  },
  {
    method: 'POST',
    pattern: '/access/token',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const expires = expiresField(body.value, TOKEN_EXPIRES);
      if (!expires.ok) return expires.outcome;
      const name = stringField(body.value, 'name', { required: true });
      if (!name.ok) return name.outcome;
      const refreshes = booleanField(body.value, 'refreshes');
      if (!refreshes.ok) return refreshes.outcome;
      const token: Vns3ApiToken = {
        id: nextId(state.system),
        token: randomSecret(40),
        name: name.value ?? '',
        createdAt: now,
        createdIp: CLIENT_IP,
        expiresAt: now + expires.value * 1000,
        refreshes: refreshes.value ?? false,
        expired: false,
        lastAccessedAt: null,
      };
      state.apiTokens.set(token.token, token);
      return vns3Response(tokenDetail(token, now), 201);
    },
  },
  {
    method: 'GET',
    pattern: '/access/token/:id',
    handle: ({ state, params, now }) => {
      const token = findToken(state, params.id);
      return token ? vns3Response(tokenDetail(token, now)) : notFound('Token does not exist');
    },
  },
  {
    method: 'PUT',
    pattern: '/access/token/:id',
    handle: async ({ state, request, params, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const expired = booleanField(body.value, 'expired', true);
      if (!expired.ok) return expired.outcome;
      const token = findToken(state, params.id);
      if (!token) return notFound('Token does not exist');
      if (expired.value) token.expired = true;
      return vns3Response(tokenDetail(token, now));
    },
  },
  {
    method: 'DELETE',
    pattern: '/access/token/:id',
    handle: ({ state, params }) => {
      const token = findToken(state, params.id);
      if (!token) return notFound('Token does not exist');
      state.apiTokens.delete(token.token);
      return vns3Response('Token deleted');
    },
  },
  {
    method: 'GET',
    pattern: '/access/urls',
    handle: ({ state, now }) =>
      vns3Response([...state.system.accessUrls.values()].map((url) => urlDetail(url, now))),
  },
  {
    method: 'POST',
    pattern: '/access/url',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const expires = expiresField(body.value, URL_EXPIRES);
      if (!expires.ok) return expires.outcome;
      const name = stringField(body.value, 'name', { required: true });
      if (!name.ok) return name.outcome;
      const description = stringField(body.value, 'description');
      if (!description.ok) return description.outcome;
      const access = stringField(body.value, 'access', { required: true });
      if (!access.ok) return access.outcome;
      if (access.value !== 'rs' && !/^cp:\d{1,3}(?:_\d{1,3}){3}$/.test(access.value ?? '')) {
        return badRequest('access must be rs or cp:<clientpack name>');
      }
      const url: AccessUrl = {
        id: nextId(state.system),
        name: name.value ?? '',
        description: description.value ?? '',
        access: access.value ?? 'rs',
        secret: randomSecret(32),
        createdAt: now,
        expiresAt: now + expires.value * 1000,
        expired: false,
      };
      state.system.accessUrls.set(url.id, url);
      return vns3Response(urlDetail(url, now), 201);
    },
  },
  {
    method: 'DELETE',
    pattern: '/access/url',
    handle: async ({ state, request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const id = integerField(body.value, 'access_url_id');
      if (!id.ok) return id.outcome;
      const address = stringField(body.value, 'access_url');
      if (!address.ok) return address.outcome;
      if (id.value === undefined && address.value === undefined) {
        return badRequest('access_url_id or access_url is required');
      }
      const match = [...state.system.accessUrls.values()].find(
        (url) => url.id === id.value || (address.value && address.value.endsWith(url.secret)),
      );
      if (!match) return notFound('Access URL does not exist');
      state.system.accessUrls.delete(match.id);
      return vns3Response('Access URL deleted');
    },
  },
  {
    method: 'GET',
    pattern: '/access/url/:id',
    handle: ({ state, params, now }) => {
      const url = state.system.accessUrls.get(Number(params.id));
      return url ? vns3Response(urlDetail(url, now)) : notFound('Access URL does not exist');
    },
  },
  {
    method: 'PUT',
    pattern: '/access/url/:id',
    handle: async ({ state, request, params, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const expired = booleanField(body.value, 'expired', true);
      if (!expired.ok) return expired.outcome;
      const url = state.system.accessUrls.get(Number(params.id));
      if (!url) return notFound('Access URL does not exist');
      if (expired.value) url.expired = true;
      return vns3Response(urlDetail(url, now));
    },
  },
  {
    method: 'DELETE',
    pattern: '/access/url/:id',
    handle: ({ state, params }) =>
      state.system.accessUrls.delete(Number(params.id))
        ? vns3Response('Access URL deleted')
        : notFound('Access URL does not exist'),
  },
  {
    method: 'PUT',
    pattern: '/api_password',
    handle: async ({ state, request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const password = stringField(body.value, 'password', { required: true });
      if (!password.ok) return password.outcome;
      const value = password.value ?? '';
      if (value.length < PASSWORD_MIN || /\s/.test(value)) {
        return badRequest(`password must be at least ${PASSWORD_MIN} characters, without spaces`);
      }
      state.apiPassword = value;
      return vns3Response({ password_reset: true });
    },
  },
  {
    method: 'PUT',
    pattern: '/admin_ui',
    handle: async ({ state, request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const enabled = booleanField(body.value, 'enabled');
      if (!enabled.ok) return enabled.outcome;
      const username = stringField(body.value, 'admin_username');
      if (!username.ok) return username.outcome;
      if (username.value !== undefined && !ADMIN_USERNAME.test(username.value)) {
        return badRequest('admin_username must be 3-32 letters, digits, dot, dash or underscore');
      }
      const password = stringField(body.value, 'admin_password');
      if (!password.ok) return password.outcome;
      if (
        password.value !== undefined &&
        (password.value.length < PASSWORD_MIN || /\s/.test(password.value))
      ) {
        return badRequest(
          `admin_password must be at least ${PASSWORD_MIN} characters, without spaces`,
        );
      }
      const { adminUi } = state.system;
      if (enabled.value !== undefined) adminUi.enabled = enabled.value;
      if (username.value !== undefined) adminUi.username = username.value;
      if (password.value !== undefined) adminUi.password = password.value;
      return vns3Response({ enabled: adminUi.enabled, username: adminUi.username });
    },
  },
];
