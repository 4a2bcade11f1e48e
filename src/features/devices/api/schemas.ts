import { z } from 'zod/mini';

export const DEVICE_STATUSES = ['accepted', 'pending', 'rejected', 'removed', 'unused'] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

export const deviceSchema = z.object({
  uid: z.string(),
  name: z.string(),
  identity: z.optional(z.nullable(z.object({ mac: z.optional(z.string()) }))),
  info: z.optional(
    z.nullable(
      z.object({
        id: z.optional(z.string()),
        pretty_name: z.optional(z.string()),
        version: z.optional(z.string()),
        arch: z.optional(z.string()),
        platform: z.optional(z.string()),
      }),
    ),
  ),
  tenant_id: z.optional(z.string()),
  last_seen: z.optional(z.string()),
  online: z.boolean(),
  namespace: z.optional(z.string()),
  status: z.enum(DEVICE_STATUSES),
  created_at: z.optional(z.string()),
  remote_addr: z.optional(z.string()),
  tags: z.optional(z.nullable(z.array(z.string()))),
  public_url: z.optional(z.boolean()),
});
export type Device = z.infer<typeof deviceSchema>;

/** Tags arrive as names (seed) or as tag objects (HEAD); both become names. */
const tagNames = z.pipe(
  z.array(z.union([z.string(), z.object({ name: z.string() })])),
  z.transform((tags) => tags.map((tag) => (typeof tag === 'string' ? tag : tag.name))),
);

export const ruleFilterSchema = z.object({
  hostname: z.optional(z.nullable(z.string())),
  tags: z.optional(z.nullable(tagNames)),
});

export const firewallRuleSchema = z.object({
  id: z.union([z.string(), z.pipe(z.number(), z.transform(String))]),
  tenant_id: z.optional(z.string()),
  priority: z.number(),
  action: z.enum(['allow', 'deny']),
  active: z.boolean(),
  source_ip: z.string(),
  username: z.string(),
  filter: ruleFilterSchema,
});
export type FirewallRule = z.infer<typeof firewallRuleSchema>;

export const publicKeySchema = z.object({
  data: z.string(),
  fingerprint: z.string(),
  tenant_id: z.optional(z.string()),
  name: z.string(),
  username: z.string(),
  filter: ruleFilterSchema,
  created_at: z.optional(z.string()),
});
export type PublicKey = z.infer<typeof publicKeySchema>;

export const sessionSchema = z.object({
  uid: z.string(),
  device_uid: z.string(),
  device: z.optional(z.nullable(deviceSchema)),
  tenant_id: z.optional(z.string()),
  username: z.string(),
  ip_address: z.string(),
  started_at: z.string(),
  last_seen: z.string(),
  active: z.boolean(),
  authenticated: z.boolean(),
  recorded: z.optional(z.boolean()),
  type: z.optional(z.string()),
  term: z.optional(z.string()),
});
export type Session = z.infer<typeof sessionSchema>;

export const statsSchema = z.object({
  registered_devices: z.number(),
  online_devices: z.number(),
  pending_devices: z.number(),
  rejected_devices: z.number(),
  active_sessions: z.number(),
});
export type Stats = z.infer<typeof statsSchema>;

export const connectorSchema = z.object({
  uid: z.string(),
  tenant_id: z.optional(z.string()),
  enable: z.boolean(),
  address: z.string(),
  port: z.number(),
  secure: z.boolean(),
  status: z.optional(
    z.nullable(z.object({ State: z.optional(z.string()), Message: z.optional(z.string()) })),
  ),
});
export type Connector = z.infer<typeof connectorSchema>;

/** The Docker engine facts a connector reports. */
export const connectorInfoSchema = z.object({
  Containers: z.optional(z.number()),
  ContainersRunning: z.optional(z.number()),
  ContainersPaused: z.optional(z.number()),
  ContainersStopped: z.optional(z.number()),
  Images: z.optional(z.number()),
  Driver: z.optional(z.string()),
  ServerVersion: z.optional(z.string()),
  OperatingSystem: z.optional(z.string()),
});
export type ConnectorInfo = z.infer<typeof connectorInfoSchema>;

export const tagListSchema = z.array(z.union([z.string(), z.object({ name: z.string() })]));
