import type { SimOutcome } from '../../framework/types.ts';
import { badRequest, readJsonObject, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import { booleanField, integerField, isHttpUrl, stringField } from './fields.ts';
import { isHost } from './rules.ts';

export const IDENTITY_PROVIDERS = ['ldap', 'oidc', 'radius'] as const;
export const GROUP_SEARCH_SCOPES = ['base', 'single', 'subtree'] as const;
export const MEMBER_ATTR_FORMATS = ['UserID', 'UserDN'] as const;

const BOOLEANS = [
  'enabled',
  'encrypt',
  'encrypt_ldaps',
  'encrypt_auth',
  'encrypt_verify_ca',
  'otp',
] as const;
const STRINGS = [
  'binddn',
  'bindpw',
  'user_base',
  'user_id_attribute',
  'user_list_filter',
  'group_base',
  'group_id_attribute',
  'group_list_filter',
  'group_member_attribute',
  'identifier',
  'secret',
  'pass',
  'encrypt_auth_cert_data',
  'encrypt_auth_key_data',
  'encrypt_ca_cert_data',
] as const;
const PORTS = ['port', 'auth_port', 'accounting_port'] as const;
const HOSTS = ['host', 'server', 'redirect_hostname'] as const;
const URLS = [
  'otp_url',
  'issuer',
  'authorization_endpoint',
  'token_endpoint',
  'userinfo_endpoint',
  'jwks_uri',
] as const;

/** What each provider needs once the settings are merged. */
const REQUIRED: Record<(typeof IDENTITY_PROVIDERS)[number], readonly string[]> = {
  ldap: ['host'],
  oidc: ['issuer', 'identifier'],
  radius: ['server'],
};

function oneOf(body: Record<string, unknown>, key: string, allowed: readonly string[]) {
  const field = stringField(body, key);
  if (!field.ok) return field.outcome;
  if (field.value !== undefined && !allowed.includes(field.value)) {
    return badRequest(`${key} must be one of ${allowed.join(', ')}`);
  }
  return null;
}

/** The documented shape of each field; null when the body is acceptable. */
export function checkIdentityBody(body: Record<string, unknown>): SimOutcome | null {
  const choice =
    oneOf(body, 'provider', IDENTITY_PROVIDERS) ??
    oneOf(body, 'group_search_scope', GROUP_SEARCH_SCOPES) ??
    oneOf(body, 'group_member_attr_format', MEMBER_ATTR_FORMATS);
  if (choice) return choice;
  for (const key of BOOLEANS) {
    const field = booleanField(body, key);
    if (!field.ok) return field.outcome;
  }
  for (const key of STRINGS) {
    const field = stringField(body, key);
    if (!field.ok) return field.outcome;
  }
  for (const key of PORTS) {
    const field = integerField(body, key);
    if (!field.ok) return field.outcome;
    if (field.value !== undefined && (field.value < 1 || field.value > 65535)) {
      return badRequest(`${key} must be between 1 and 65535`);
    }
  }
  for (const key of HOSTS) {
    const field = stringField(body, key);
    if (!field.ok) return field.outcome;
    if (field.value && !isHost(field.value.trim())) {
      return badRequest(`${key} must be a host name or IPv4 address`);
    }
  }
  for (const key of URLS) {
    const field = stringField(body, key);
    if (!field.ok) return field.outcome;
    if (field.value && !isHttpUrl(field.value.trim())) {
      return badRequest(`${key} must be an http(s) URL`);
    }
  }
  return null;
}

function missingFor(settings: Record<string, unknown>): SimOutcome | null {
  const provider = settings.provider as (typeof IDENTITY_PROVIDERS)[number] | undefined;
  if (provider === undefined) return null;
  const missing = REQUIRED[provider].find(
    (key) => typeof settings[key] !== 'string' || (settings[key] as string).trim() === '',
  );
  return missing ? badRequest(`${missing} is missing`) : null;
}

/** GET/PUT /identity/{vpn,controller} and POST …/test. Secrets left out of a PUT are kept. */
export function identityRoutes(which: 'vpn' | 'controller'): Vns3Route[] {
  return [
    {
      method: 'GET',
      pattern: `/identity/${which}`,
      handle: ({ state }) => vns3Response(state.system.identity[which]),
    },
    {
      method: 'PUT',
      pattern: `/identity/${which}`,
      handle: async ({ state, request }) => {
        const body = await readJsonObject(request);
        if (!body.ok) return body.outcome;
        const error = checkIdentityBody(body.value);
        if (error) return error;
        const merged = { ...state.system.identity[which], ...body.value };
        const missing = missingFor(merged);
        if (missing) return missing;
        state.system.identity[which] = merged;
        return vns3Response(merged);
      },
    },
    {
      method: 'POST',
      pattern: `/identity/${which}/test`,
      handle: async ({ state, request }) => {
        const body = await readJsonObject(request);
        if (!body.ok) return body.outcome;
        const provider = stringField(body.value, 'provider', { required: true });
        if (!provider.ok) return provider.outcome;
        if (provider.value !== 'ldap') return badRequest('provider must be ldap to be tested');
        const error = checkIdentityBody(body.value);
        if (error) return error;
        const host = typeof body.value.host === 'string' ? body.value.host.trim() : '';
        if (host === '') return badRequest('host is missing');
        const port = typeof body.value.port === 'number' ? body.value.port : 389;
        const stored = state.system.identity[which].bindpw;
        const password =
          typeof body.value.bindpw === 'string'
            ? body.value.bindpw
            : typeof stored === 'string'
              ? stored
              : '';
        const binddn = typeof body.value.binddn === 'string' ? body.value.binddn : '';
        if (host.includes('unreachable')) {
          return vns3Response({
            connect_success: false,
            message: `Can't contact LDAP server ${host}:${port}`,
          });
        }
        if (binddn !== '' && password === '') {
          return vns3Response({
            connect_success: false,
            message: `Connected to ${host}:${port}, but the bind as ${binddn} failed: no password`,
          });
        }
        return vns3Response({
          connect_success: true,
          message: `Bound to ${host}:${port}${binddn ? ` as ${binddn}` : ' anonymously'}`,
        });
      },
    },
  ];
}
