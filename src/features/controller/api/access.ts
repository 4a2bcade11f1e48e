import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { controllerKeys } from './keys';
import { nullableString, vns3Get, vns3Write } from './request';

export const tokenSchema = z.object({
  id: z.number(),
  name: z.string(),
  token: z.optional(z.string()),
  created_at: nullableString,
  created_ip: nullableString,
  lifetime: z.optional(z.nullable(z.number())),
  expires_at: nullableString,
  refreshes: z.optional(z.boolean()),
  expired: z.boolean(),
  last_accessed_at: nullableString,
  last_accessed_ip: nullableString,
});

export type ApiToken = z.infer<typeof tokenSchema>;

export function tokensQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.tokens(connectionId),
    queryFn: ({ signal }) => vns3Get(client, '/access/tokens', z.array(tokenSchema), signal),
  });
}

export function tokenQuery(connectionId: string, client: HttpClient, id: number) {
  return queryOptions({
    queryKey: controllerKeys.token(connectionId, id),
    queryFn: ({ signal }) => vns3Get(client, `/access/token/${id}`, tokenSchema, signal),
  });
}

export function createToken(
  client: HttpClient,
  body: { name: string; expires: number; refreshes: boolean },
) {
  return vns3Write(client, 'POST', '/access/token', tokenSchema, { ...body });
}

export function expireToken(client: HttpClient, id: number) {
  return vns3Write(client, 'PUT', `/access/token/${id}`, tokenSchema, { expired: true });
}

export function deleteToken(client: HttpClient, id: number) {
  return vns3Write(client, 'DELETE', `/access/token/${id}`, z.unknown());
}

export const accessUrlSchema = z.object({
  id: z.number(),
  name: z.string(),
  url: z.string(),
  access: nullableString,
  description: nullableString,
  created_at: nullableString,
  created_ip: nullableString,
  expires_at: nullableString,
  lifetime: z.optional(z.nullable(z.number())),
  expired: z.boolean(),
  last_accessed_at: nullableString,
  last_accessed_ip: nullableString,
});

export type AccessUrl = z.infer<typeof accessUrlSchema>;

export function accessUrlsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.accessUrls(connectionId),
    queryFn: ({ signal }) => vns3Get(client, '/access/urls', z.array(accessUrlSchema), signal),
  });
}

export function accessUrlQuery(connectionId: string, client: HttpClient, id: number) {
  return queryOptions({
    queryKey: controllerKeys.accessUrl(connectionId, id),
    queryFn: ({ signal }) => vns3Get(client, `/access/url/${id}`, accessUrlSchema, signal),
  });
}

export function createAccessUrl(
  client: HttpClient,
  body: { name: string; description?: string; expires: number; access: string },
) {
  return vns3Write(client, 'POST', '/access/url', accessUrlSchema, { ...body });
}

export function expireAccessUrl(client: HttpClient, id: number) {
  return vns3Write(client, 'PUT', `/access/url/${id}`, accessUrlSchema, { expired: true });
}

export function deleteAccessUrl(client: HttpClient, id: number) {
  return vns3Write(client, 'DELETE', `/access/url/${id}`, z.unknown());
}

/** DELETE /access/url with a JSON body: finds the URL by its address and deletes it. */
export function deleteAccessUrlByAddress(client: HttpClient, address: string) {
  return vns3Write(client, 'DELETE', '/access/url', z.unknown(), { access_url: address });
}

export function changeApiPassword(client: HttpClient, password: string) {
  return vns3Write(client, 'PUT', '/api_password', z.object({ password_reset: z.unknown() }), {
    password,
  });
}

export function updateAdminUi(
  client: HttpClient,
  body: { enabled: boolean; admin_username?: string; admin_password?: string },
) {
  return vns3Write(
    client,
    'PUT',
    '/admin_ui',
    z.object({ enabled: z.boolean(), username: nullableString }),
    { ...body },
  );
}
