import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { controllerKeys } from './keys';
import { vns3Get, vns3Write } from './request';

export type IdentityScope = 'vpn' | 'controller';

const text = z.optional(z.nullable(z.string()));
const flag = z.optional(z.nullable(z.boolean()));
const port = z.optional(z.nullable(z.number()));

/** One of the LDAP, OIDC or RADIUS shapes of IdentitySettingsResponse; unknown fields kept. */
export const identitySettingsSchema = z.looseObject({
  provider: text,
  enabled: flag,
  host: text,
  port,
  encrypt: flag,
  encrypt_ldaps: flag,
  encrypt_verify_ca: flag,
  binddn: text,
  bindpw: text,
  user_base: text,
  user_id_attribute: text,
  user_list_filter: text,
  group_base: text,
  group_id_attribute: text,
  group_list_filter: text,
  group_member_attribute: text,
  group_member_attr_format: text,
  group_search_scope: text,
  otp: flag,
  otp_url: text,
  identifier: text,
  secret: text,
  redirect_hostname: text,
  authorization_endpoint: text,
  token_endpoint: text,
  userinfo_endpoint: text,
  jwks_uri: text,
  issuer: text,
  server: text,
  auth_port: port,
  accounting_port: port,
  pass: text,
});

export type IdentitySettings = z.infer<typeof identitySettingsSchema>;

export function identityQuery(connectionId: string, client: HttpClient, scope: IdentityScope) {
  return queryOptions({
    queryKey: controllerKeys.identity(connectionId, scope),
    queryFn: ({ signal }) => vns3Get(client, `/identity/${scope}`, identitySettingsSchema, signal),
  });
}

export function saveIdentity(
  client: HttpClient,
  scope: IdentityScope,
  body: Record<string, unknown>,
) {
  return vns3Write(client, 'PUT', `/identity/${scope}`, identitySettingsSchema, body);
}

export const identityTestSchema = z.object({
  connect_success: z.boolean(),
  message: z.optional(z.nullable(z.string())),
});

export function testIdentity(
  client: HttpClient,
  scope: IdentityScope,
  body: Record<string, unknown>,
) {
  return vns3Write(client, 'POST', `/identity/${scope}/test`, identityTestSchema, body);
}
