import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { controllerKeys } from './keys';
import { managerSchema } from './pluginDetails';
import { nullableString, vns3Get, vns3Write } from './request';

/** Everything cached about one plugin instance sits under this key. */
export const instanceKey = (connectionId: string, id: number) =>
  [...controllerKeys.pluginInstances(connectionId), id] as const;

const base = (id: number) => `/plugin-instances/${id}`;

const firewallRuleSchema = z.object({
  rule: z.string(),
  tags: z.optional(z.array(z.string())),
  plugin_port: z.nullable(z.optional(z.number())),
  destination_port: z.nullable(z.optional(z.number())),
});

export type InstanceFirewallRule = z.infer<typeof firewallRuleSchema>;

const instanceDetailSchema = z.object({
  id: z.number(),
  name: z.string(),
  description: nullableString,
  image_id: z.nullable(z.optional(z.number())),
  image_name: nullableString,
  ip_address: nullableString,
  command: nullableString,
  status: nullableString,
  status_message: nullableString,
  created_at: nullableString,
  environment: z.optional(
    z.nullable(z.array(z.object({ key: z.string(), value: z.optional(z.unknown()) }))),
  ),
  manager: z.optional(z.nullable(managerSchema)),
});

export type InstanceDetail = z.infer<typeof instanceDetailSchema>;

export function instanceQuery(connectionId: string, client: HttpClient, id: number) {
  return queryOptions({
    queryKey: [...instanceKey(connectionId, id), 'detail'] as const,
    queryFn: ({ signal }) => vns3Get(client, base(id), instanceDetailSchema, signal),
  });
}

export function commitInstance(
  client: HttpClient,
  id: number,
  body: { name: string; description?: string; version?: string },
) {
  return vns3Write(
    client,
    'POST',
    `${base(id)}/commit`,
    z.object({ id: z.number(), name: z.string() }),
    body,
  );
}

export function saveManager(
  client: HttpClient,
  id: number,
  method: 'POST' | 'PUT',
  body: Record<string, unknown>,
) {
  return vns3Write(client, method, `${base(id)}/manager`, managerSchema, body);
}

const logFileSchema = z.object({ path: z.string(), description: nullableString });

export function instanceLogFilesQuery(connectionId: string, client: HttpClient, id: number) {
  return queryOptions({
    queryKey: [...instanceKey(connectionId, id), 'log-files'] as const,
    queryFn: ({ signal }) => vns3Get(client, `${base(id)}/logs`, z.array(logFileSchema), signal),
  });
}

/** `slug` is the index of the log file in the manager configuration. */
export function instanceLogContentQuery(
  connectionId: string,
  client: HttpClient,
  id: number,
  slug: number,
  lines: number,
) {
  return queryOptions({
    queryKey: [...instanceKey(connectionId, id), 'log', slug, lines] as const,
    queryFn: ({ signal }) =>
      vns3Get(client, `${base(id)}/logs/${slug}/content`, z.array(z.string()), signal, {
        lines: String(lines),
      }),
  });
}

const configFileSchema = z.object({
  name: z.string(),
  path: nullableString,
  description: nullableString,
  version: z.number(),
  created_at: nullableString,
  previous_versions: z.optional(
    z.array(z.object({ version: z.number(), path: nullableString, created_at: nullableString })),
  ),
});

export type InstanceConfigFile = z.infer<typeof configFileSchema>;

export const configsKey = (connectionId: string, id: number) =>
  [...instanceKey(connectionId, id), 'configurations'] as const;

export function instanceConfigsQuery(connectionId: string, client: HttpClient, id: number) {
  return queryOptions({
    queryKey: configsKey(connectionId, id),
    queryFn: ({ signal }) =>
      vns3Get(client, `${base(id)}/configurations`, z.array(configFileSchema), signal),
  });
}

/** One version of a configuration file; `version` undefined reads the current one. */
export function instanceConfigContentQuery(
  connectionId: string,
  client: HttpClient,
  id: number,
  slug: number,
  version: number | undefined,
) {
  return queryOptions({
    queryKey: [...configsKey(connectionId, id), slug, 'content', version ?? 'current'] as const,
    queryFn: ({ signal }) =>
      vns3Get(
        client,
        `${base(id)}/configurations/${slug}/content`,
        z.string(),
        signal,
        version === undefined ? undefined : { version: String(version) },
      ),
  });
}

const configPath = (id: number, slug: number) => `${base(id)}/configurations/${slug}`;

export function saveConfigContent(client: HttpClient, id: number, slug: number, content: string) {
  return vns3Write(client, 'PUT', `${configPath(id, slug)}/content`, managerSchema, { content });
}

export function revertConfig(client: HttpClient, id: number, slug: number, version: number) {
  return vns3Write(client, 'POST', `${configPath(id, slug)}/revert`, managerSchema, { version });
}

export function clearConfigHistory(client: HttpClient, id: number, slug: number) {
  return vns3Write(client, 'POST', `${configPath(id, slug)}/clear`, managerSchema);
}

export function deleteConfigVersion(client: HttpClient, id: number, slug: number, version: number) {
  return vns3Write(client, 'DELETE', `${configPath(id, slug)}/versions/${version}`, managerSchema);
}

export function instanceProcessesQuery(connectionId: string, client: HttpClient, id: number) {
  return queryOptions({
    queryKey: [...instanceKey(connectionId, id), 'processes'] as const,
    queryFn: ({ signal }) =>
      vns3Get(
        client,
        `${base(id)}/processes`,
        z.object({ name: nullableString, subprocesses: z.array(z.string()) }),
        signal,
      ),
  });
}

const commandResultSchema = z.object({
  output: nullableString,
  timeout: z.nullable(z.optional(z.boolean())),
  failed: z.nullable(z.optional(z.boolean())),
  error: nullableString,
});

export type CommandResult = z.infer<typeof commandResultSchema>;

export function runProcessAction(
  client: HttpClient,
  id: number,
  body: { process: string; action: string; timeout?: number },
) {
  return vns3Write(client, 'POST', `${base(id)}/processes/action`, commandResultSchema, body);
}

export function executeCommand(
  client: HttpClient,
  id: number,
  body: { command: string; executable_path?: string; timeout?: number },
) {
  return vns3Write(client, 'POST', `${base(id)}/commands/execute`, commandResultSchema, body);
}

export function instanceFirewallQuery(connectionId: string, client: HttpClient, id: number) {
  return queryOptions({
    queryKey: [...instanceKey(connectionId, id), 'firewall'] as const,
    queryFn: ({ signal }) =>
      vns3Get(client, `${base(id)}/firewall`, z.array(firewallRuleSchema), signal),
  });
}

export function addFirewallPreset(
  client: HttpClient,
  id: number,
  body: { preset: string; host_port?: number; container_port?: number; protocol?: string },
) {
  return vns3Write(client, 'PUT', `${base(id)}/firewall`, z.array(firewallRuleSchema), body);
}

const userSchema = z.object({
  username: z.string(),
  password: z.optional(z.unknown()),
  public_key: nullableString,
});

export type InstanceUser = z.infer<typeof userSchema>;

export function instanceUsersQuery(connectionId: string, client: HttpClient, id: number) {
  return queryOptions({
    queryKey: [...instanceKey(connectionId, id), 'users'] as const,
    queryFn: ({ signal }) => vns3Get(client, `${base(id)}/users`, z.array(userSchema), signal),
  });
}

export function saveInstanceUser(
  client: HttpClient,
  id: number,
  body: { username: string; password?: string; public_key?: string; require_public_key: boolean },
) {
  return vns3Write(client, 'PUT', `${base(id)}/users`, managerSchema, body);
}

export function deleteInstanceUser(client: HttpClient, id: number, username: string) {
  return vns3Write(
    client,
    'DELETE',
    `${base(id)}/users/${encodeURIComponent(username)}`,
    managerSchema,
  );
}
