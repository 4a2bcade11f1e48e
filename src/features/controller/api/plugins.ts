import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { controllerKeys } from './keys';
import { nullableString, vns3Get, vns3Write } from './request';

const catalogEntrySchema = z.object({
  name: z.string(),
  description: nullableString,
  image_url: z.string(),
  version: nullableString,
  installed: z.optional(z.boolean()),
});

export type CatalogEntry = z.infer<typeof catalogEntrySchema> & { id: string };

export function pluginCatalogQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.pluginCatalog(connectionId),
    queryFn: ({ signal }) =>
      vns3Get(client, '/plugin-catalog', z.record(z.string(), catalogEntrySchema), signal),
    select: (catalog): CatalogEntry[] =>
      Object.entries(catalog).map(([id, entry]) => ({ ...entry, id })),
  });
}

const pluginSchema = z.object({
  id: z.number(),
  name: z.string(),
  description: nullableString,
  version: nullableString,
  status: nullableString,
  instance_count: z.optional(z.number()),
});

export type Plugin = z.infer<typeof pluginSchema>;

export function pluginsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.plugins(connectionId),
    queryFn: ({ signal }) => vns3Get(client, '/plugins', z.array(pluginSchema), signal),
  });
}

export function installPlugin(client: HttpClient, entry: CatalogEntry) {
  return vns3Write(client, 'POST', '/plugins', pluginSchema, {
    name: entry.name,
    image_url: entry.image_url,
    catalog_id: entry.id,
    ...(entry.description ? { description: entry.description } : {}),
    ...(entry.version ? { version: entry.version } : {}),
  });
}

export function deletePlugin(client: HttpClient, id: number) {
  return vns3Write(client, 'DELETE', `/plugins/${id}`, pluginSchema);
}

const instanceSchema = z.object({
  id: z.number(),
  name: z.string(),
  image_name: nullableString,
  ip_address: nullableString,
  status: nullableString,
});

export type PluginInstance = z.infer<typeof instanceSchema>;

export function pluginInstancesQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.pluginInstances(connectionId),
    queryFn: ({ signal }) => vns3Get(client, '/plugin-instances', z.array(instanceSchema), signal),
  });
}

export function createPluginInstance(
  client: HttpClient,
  body: { name: string; plugin_id: number; ip_address?: string; description?: string },
) {
  return vns3Write(client, 'POST', '/plugin-instances', instanceSchema, body);
}

export function deletePluginInstance(client: HttpClient, id: number) {
  return vns3Write(client, 'DELETE', `/plugin-instances/${id}`, instanceSchema, { force: true });
}

export function instanceLogQuery(connectionId: string, client: HttpClient, id: number) {
  return queryOptions({
    queryKey: controllerKeys.instanceLog(connectionId, id),
    queryFn: ({ signal }) =>
      vns3Get(client, `/plugin-instances/${id}/logs/main/content`, z.array(z.string()), signal, {
        lines: '100',
      }),
  });
}
