import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { networkKeys } from './keys';

const text = z.optional(z.nullable(z.string()));

export const linkSchema = z.object({
  id: z.number(),
  name: z.string(),
  description: text,
  interface: text,
  type: text,
  connected: z.optional(z.boolean()),
  state: text,
  clientpack_ip: text,
  endpoints: z.optional(z.nullable(z.array(z.string()))),
  tags: z.optional(z.nullable(z.array(z.object({ key: z.string(), value: z.string() })))),
  last_connect: text,
  last_disconnect: text,
});

export type Link = z.infer<typeof linkSchema>;

/** GET /links. */
export function linksQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: networkKeys.links(connectionId),
    queryFn: ({ signal }) =>
      vns3Json(client, { path: vns3Path('/links'), signal }, z.array(linkSchema)),
  });
}

/** GET /links/{id}/logs, newest first. */
export function linkLogsQuery(connectionId: string, client: HttpClient, linkId: number) {
  return queryOptions({
    queryKey: networkKeys.linkLogs(connectionId, linkId),
    queryFn: ({ signal }) =>
      vns3Json(
        client,
        { path: vns3Path(`/links/${linkId}/logs`), query: { lines: '200', sort: 'desc' }, signal },
        z.array(z.string()),
      ),
  });
}

/** PUT /links/{id} `{connected}`: answers the link. */
export function setLinkConnected(client: HttpClient, linkId: number, connected: boolean) {
  return vns3Json(
    client,
    { method: 'PUT', path: vns3Path(`/links/${linkId}`), body: { connected } },
    linkSchema,
  );
}

export function deleteLink(client: HttpClient, linkId: number) {
  return client.send({ method: 'DELETE', path: vns3Path(`/links/${linkId}`) });
}

export const tagFormSchema = z.object({
  key: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Enter a key'),
      z.regex(/^[\w.-]{0,64}$/, 'Up to 64 letters, digits, . - or _'),
    ),
  value: z.string().check(z.maxLength(255, 'At most 255 characters')),
});

export type TagFormValues = z.infer<typeof tagFormSchema>;

/** POST /links/{id}/tags; DELETE /links/{id}/tags/{key}. Both answer the link. */
export function addLinkTag(client: HttpClient, linkId: number, values: TagFormValues) {
  return vns3Json(
    client,
    { method: 'POST', path: vns3Path(`/links/${linkId}/tags`), body: values },
    linkSchema,
  );
}

export function deleteLinkTag(client: HttpClient, linkId: number, key: string) {
  return vns3Json(
    client,
    { method: 'DELETE', path: vns3Path(`/links/${linkId}/tags/${encodeURIComponent(key)}`) },
    linkSchema,
  );
}

export type PolicyType = 'wireguard' | 'openvpn';

export function globalPoliciesQuery(connectionId: string, client: HttpClient, type: PolicyType) {
  return queryOptions({
    queryKey: networkKeys.globalPolicies(connectionId, type),
    queryFn: ({ signal }) =>
      vns3Json(
        client,
        { path: vns3Path('/links/global-policies'), query: { type }, signal },
        z.string(),
      ),
  });
}

export function saveGlobalPolicies(client: HttpClient, type: PolicyType, policies: string) {
  return vns3Json(
    client,
    { method: 'PUT', path: vns3Path('/links/global-policies'), body: { type, policies } },
    z.string(),
  );
}
