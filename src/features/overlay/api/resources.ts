import { z } from 'zod/mini';
import { collection } from './crud';

const ids = z.array(z.number());

/** Superusers get every field; other users the restricted serializer (no uuid, groups, accessible). */
export const serverSchema = z.object({
  id: z.number(),
  fqdn: z.string(),
  ipv4_address: z.string(),
  connected: z.boolean(),
  disconnected_since: z.nullable(z.string()),
  last_seen: z.string(),
  accessible: z.optional(z.boolean()),
  uuid: z.optional(z.string()),
  server_groups: z.optional(ids),
});
export type Server = z.infer<typeof serverSchema>;

export const serverGroupSchema = z.object({
  id: z.number(),
  server_set: ids,
  name: z.string(),
  description: z.nullable(z.string()),
});
export type ServerGroup = z.infer<typeof serverGroupSchema>;

export const userSchema = z.object({
  id: z.number(),
  userprofile_id: z.string(),
  username: z.string(),
  is_superuser: z.boolean(),
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  is_active: z.boolean(),
  groups: ids,
  user_permissions: ids,
});
export type User = z.infer<typeof userSchema>;

/** The hub's group serializer has no id; see groupIds.ts. */
export const groupSchema = z.object({
  name: z.string(),
  user_set: ids,
  permissions: ids,
});
export type Group = z.infer<typeof groupSchema>;

export const PROTOCOLS = ['TCP', 'UDP', 'ICMP', 'ALL'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export const ruleSchema = z.object({
  id: z.number(),
  name: z.string(),
  destination_protocol: z.enum(PROTOCOLS),
  destination_ports: z.string(),
  source_users: ids,
  source_groups: ids,
  source_servers: ids,
  source_servergroups: ids,
});
export type Rule = z.infer<typeof ruleSchema>;

export const policySchema = z.object({
  id: z.number(),
  name: z.string(),
  description: z.nullable(z.string()),
  rules: ids,
  servers: ids,
  servergroups: ids,
});
export type Policy = z.infer<typeof policySchema>;

export const permissionSchema = z.object({ id: z.number(), name: z.string() });
export type Permission = z.infer<typeof permissionSchema>;

export const SERVERS = collection('server', serverSchema);
export const SERVER_GROUPS = collection('servergroup', serverGroupSchema);
export const USERS = collection('user', userSchema);
export const GROUPS = collection('group', groupSchema);
export const RULES = collection('rule', ruleSchema);
export const POLICIES = collection('policy', policySchema);
export const PERMISSIONS = collection('permission', permissionSchema);

/** Immutable built-ins: the hub forces admin (pk 1) and deployer (pk 2) back on every save. */
export const IMMUTABLE_USERS: Record<number, string> = { 1: 'admin', 2: 'deployer' };
export const ALL_USERS_GROUP = 'All Users';
export const ALL_SERVERS_GROUP = 'All Servers';
