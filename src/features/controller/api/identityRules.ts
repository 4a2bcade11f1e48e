import { z } from 'zod/mini';
import type { IdentitySettings } from './identity';
import { isHost } from './rules';

/** The controller's rules for identity settings (seed: IdentitySettingsResponse), mirrored. */

export const PROVIDERS = ['ldap', 'oidc', 'radius'] as const;
export type Provider = (typeof PROVIDERS)[number];
export const GROUP_SEARCH_SCOPES = ['base', 'single', 'subtree'] as const;
export const MEMBER_ATTR_FORMATS = ['UserID', 'UserDN'] as const;

/** Secrets the controller answers with: masked, and left out of a save when unchanged. */
export const SECRET_FIELDS = ['bindpw', 'secret', 'pass'] as const;
type SecretField = (typeof SECRET_FIELDS)[number];

const LDAP_TEXT = [
  'host',
  'binddn',
  'user_base',
  'user_id_attribute',
  'user_list_filter',
  'group_base',
  'group_id_attribute',
  'group_list_filter',
  'group_member_attribute',
  'group_member_attr_format',
  'group_search_scope',
  'otp_url',
] as const;
const LDAP_FLAGS = ['encrypt', 'encrypt_ldaps', 'encrypt_verify_ca', 'otp'] as const;
const OIDC_TEXT = [
  'issuer',
  'identifier',
  'redirect_hostname',
  'authorization_endpoint',
  'token_endpoint',
  'userinfo_endpoint',
  'jwks_uri',
] as const;
const URL_FIELDS = [
  'otp_url',
  'issuer',
  'authorization_endpoint',
  'token_endpoint',
  'userinfo_endpoint',
  'jwks_uri',
] as const;

const isHttpUrl = (value: string) => /^https?:\/\/[^\s/]+/i.test(value);
const isPort = (value: string) =>
  /^\d{1,5}$/.test(value) && Number(value) >= 1 && Number(value) <= 65535;

const trimmed = z.string().check(z.trim());

const identityFields = z.object({
  provider: z.enum(PROVIDERS),
  enabled: z.boolean(),
  host: trimmed,
  port: trimmed,
  encrypt: z.boolean(),
  encrypt_ldaps: z.boolean(),
  encrypt_verify_ca: z.boolean(),
  binddn: trimmed,
  bindpw: z.string(),
  user_base: trimmed,
  user_id_attribute: trimmed,
  user_list_filter: trimmed,
  group_base: trimmed,
  group_id_attribute: trimmed,
  group_list_filter: trimmed,
  group_member_attribute: trimmed,
  group_member_attr_format: z.union([z.enum(MEMBER_ATTR_FORMATS), z.literal('')]),
  group_search_scope: z.union([z.enum(GROUP_SEARCH_SCOPES), z.literal('')]),
  otp: z.boolean(),
  otp_url: trimmed,
  issuer: trimmed,
  identifier: trimmed,
  secret: z.string(),
  redirect_hostname: trimmed,
  authorization_endpoint: trimmed,
  token_endpoint: trimmed,
  userinfo_endpoint: trimmed,
  jwks_uri: trimmed,
  server: trimmed,
  auth_port: trimmed,
  accounting_port: trimmed,
  pass: z.string(),
});

type Fields = z.output<typeof identityFields>;

export const identityFormSchema = identityFields.check(
  z.refine((v) => v.provider !== 'ldap' || v.host !== '', {
    path: ['host'],
    message: 'Enter the LDAP server',
  }),
  z.refine((v) => v.provider !== 'ldap' || v.host === '' || isHost(v.host), {
    path: ['host'],
    message: 'Enter a host name or IPv4 address',
  }),
  z.refine((v) => v.provider !== 'ldap' || v.port === '' || isPort(v.port), {
    path: ['port'],
    message: 'Enter a port from 1 to 65535',
  }),
  z.refine((v) => v.provider !== 'oidc' || v.issuer !== '', {
    path: ['issuer'],
    message: 'Enter the issuer URL',
  }),
  z.refine((v) => v.provider !== 'oidc' || v.identifier !== '', {
    path: ['identifier'],
    message: 'Enter the client identifier',
  }),
  z.refine(
    (v) => v.provider !== 'oidc' || v.redirect_hostname === '' || isHost(v.redirect_hostname),
    { path: ['redirect_hostname'], message: 'Enter a host name or IPv4 address' },
  ),
  ...URL_FIELDS.map((key) =>
    z.refine<Fields>((v) => v[key] === '' || isHttpUrl(v[key]), {
      path: [key],
      message: 'Enter an http:// or https:// URL',
    }),
  ),
  z.refine((v) => v.provider !== 'radius' || v.server !== '', {
    path: ['server'],
    message: 'Enter the RADIUS server',
  }),
  z.refine((v) => v.provider !== 'radius' || v.server === '' || isHost(v.server), {
    path: ['server'],
    message: 'Enter a host name or IPv4 address',
  }),
  z.refine((v) => v.provider !== 'radius' || v.auth_port === '' || isPort(v.auth_port), {
    path: ['auth_port'],
    message: 'Enter a port from 1 to 65535',
  }),
  z.refine(
    (v) => v.provider !== 'radius' || v.accounting_port === '' || isPort(v.accounting_port),
    { path: ['accounting_port'], message: 'Enter a port from 1 to 65535' },
  ),
);

export type IdentityValues = z.infer<typeof identityFormSchema>;

const str = (value: string | null | undefined) => value ?? '';
const num = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export function identityDefaults(settings: IdentitySettings): IdentityValues {
  const provider = PROVIDERS.find((name) => name === settings.provider) ?? 'ldap';
  const scope = GROUP_SEARCH_SCOPES.find((name) => name === settings.group_search_scope) ?? '';
  const format = MEMBER_ATTR_FORMATS.find((name) => name === settings.group_member_attr_format);
  return {
    provider,
    enabled: settings.enabled ?? false,
    host: str(settings.host),
    port: num(settings.port),
    encrypt: settings.encrypt ?? false,
    encrypt_ldaps: settings.encrypt_ldaps ?? false,
    encrypt_verify_ca: settings.encrypt_verify_ca ?? false,
    binddn: str(settings.binddn),
    bindpw: str(settings.bindpw),
    user_base: str(settings.user_base),
    user_id_attribute: str(settings.user_id_attribute),
    user_list_filter: str(settings.user_list_filter),
    group_base: str(settings.group_base),
    group_id_attribute: str(settings.group_id_attribute),
    group_list_filter: str(settings.group_list_filter),
    group_member_attribute: str(settings.group_member_attribute),
    group_member_attr_format: format ?? '',
    group_search_scope: scope,
    otp: settings.otp ?? false,
    otp_url: str(settings.otp_url),
    issuer: str(settings.issuer),
    identifier: str(settings.identifier),
    secret: str(settings.secret),
    redirect_hostname: str(settings.redirect_hostname),
    authorization_endpoint: str(settings.authorization_endpoint),
    token_endpoint: str(settings.token_endpoint),
    userinfo_endpoint: str(settings.userinfo_endpoint),
    jwks_uri: str(settings.jwks_uri),
    server: str(settings.server),
    auth_port: num(settings.auth_port),
    accounting_port: num(settings.accounting_port),
    pass: str(settings.pass),
  };
}

/** A secret goes on the wire only when it differs from what the controller already holds. */
function putSecret(
  body: Record<string, unknown>,
  key: SecretField,
  values: IdentityValues,
  stored: IdentitySettings,
) {
  if (values[key] !== str(stored[key])) body[key] = values[key];
}

/** PUT /identity/…: the chosen provider's fields; unchanged secrets left out. */
export function identityBody(
  values: IdentityValues,
  stored: IdentitySettings,
): Record<string, unknown> {
  const body: Record<string, unknown> = { provider: values.provider, enabled: values.enabled };
  if (values.provider === 'ldap') {
    for (const key of LDAP_TEXT) body[key] = values[key];
    for (const key of LDAP_FLAGS) body[key] = values[key];
    if (values.port !== '') body.port = Number(values.port);
    putSecret(body, 'bindpw', values, stored);
  } else if (values.provider === 'oidc') {
    for (const key of OIDC_TEXT) body[key] = values[key];
    putSecret(body, 'secret', values, stored);
  } else {
    body.server = values.server;
    if (values.auth_port !== '') body.auth_port = Number(values.auth_port);
    if (values.accounting_port !== '') body.accounting_port = Number(values.accounting_port);
    putSecret(body, 'pass', values, stored);
  }
  return body;
}

/** POST /identity/…/test (LDAP only): without a bind password the controller uses its own. */
export function identityTestBody(
  values: IdentityValues,
  stored: IdentitySettings,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    provider: 'ldap',
    host: values.host,
    encrypt: values.encrypt,
    encrypt_ldaps: values.encrypt_ldaps,
    encrypt_verify_ca: values.encrypt_verify_ca,
    binddn: values.binddn,
  };
  if (values.port !== '') body.port = Number(values.port);
  putSecret(body, 'bindpw', values, stored);
  return body;
}

/** Wire names the controller's 400 messages start with → form fields. */
export const IDENTITY_FIELDS = Object.fromEntries(
  Object.keys(identityFields.shape).map((key) => [key, key]),
) as Record<keyof IdentityValues, keyof IdentityValues>;
