import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { controllerKeys } from './keys';
import { nullableString, vns3Get, vns3Write } from './request';

const pluginDetailSchema = z.object({
  id: z.number(),
  name: z.string(),
  description: nullableString,
  version: nullableString,
  status: nullableString,
  url: nullableString,
  catalog_id: nullableString,
  created_at: nullableString,
  instance_count: z.optional(z.number()),
  running_containers: z.optional(z.number()),
  documentation_url: nullableString,
  support_url: nullableString,
});

export type PluginDetail = z.infer<typeof pluginDetailSchema>;

export function pluginQuery(connectionId: string, client: HttpClient, id: number) {
  return queryOptions({
    queryKey: [...controllerKeys.plugins(connectionId), id] as const,
    queryFn: ({ signal }) => vns3Get(client, `/plugins/${id}`, pluginDetailSchema, signal),
  });
}

export function updatePlugin(
  client: HttpClient,
  id: number,
  body: { name: string; description: string; version: string },
) {
  return vns3Write(client, 'PUT', `/plugins/${id}`, pluginDetailSchema, body);
}

const logFileSchema = z.object({ path: z.string(), description: nullableString });

export const managerSchema = z.object({
  log_files: z.optional(z.array(logFileSchema)),
  configuration_files: z.optional(
    z.array(z.object({ name: z.string(), path: nullableString, description: nullableString })),
  ),
  ports: z.optional(
    z.array(z.object({ port: z.number(), protocol: nullableString, ui: z.optional(z.boolean()) })),
  ),
  process_manager: z.optional(
    z.object({ name: nullableString, subprocesses: z.optional(z.array(z.string())) }),
  ),
  executables: z.optional(
    z.array(
      z.object({
        path: z.string(),
        name: nullableString,
        commands: z.optional(z.record(z.string(), z.string())),
      }),
    ),
  ),
});

export type PluginManager = z.infer<typeof managerSchema>;

export function pluginManagerQuery(connectionId: string, client: HttpClient, id: number) {
  return queryOptions({
    queryKey: [...controllerKeys.plugins(connectionId), id, 'manager'] as const,
    queryFn: ({ signal }) => vns3Get(client, `/plugins/${id}/manager`, managerSchema, signal),
  });
}
