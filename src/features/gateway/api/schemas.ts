import { z } from 'zod/mini';

export const deviceListItemSchema = z.object({
  uuid: z.string(),
  'created-at': z.number(),
  'last-seen': z.number(),
  target: z.string(),
  tag: z.string(),
  labels: z.record(z.string(), z.string()),
});
export type DeviceListItem = z.infer<typeof deviceListItemSchema>;

export const deviceSchema = z.object({
  ...deviceListItemSchema.shape,
  apps: z.nullable(z.array(z.string())),
  'ostree-hash': z.string(),
  pubkey: z.string(),
  'update-name': z.string(),
  'aktualizr-toml': z.string(),
  'hardware-info': z.string(),
  'network-info': z.string(),
  status: z.optional(
    z.object({
      uuid: z.string(),
      correlationId: z.string(),
      'target-name': z.string(),
      status: z.string(),
      deviceTime: z.string(),
    }),
  ),
});
export type Device = z.infer<typeof deviceSchema>;

export const stringListSchema = z.nullable(z.array(z.string()));

const serviceSchema = z.object({
  name: z.string(),
  hash: z.optional(z.string()),
  health: z.optional(z.string()),
  image: z.optional(z.string()),
  logs: z.optional(z.string()),
  state: z.optional(z.string()),
  status: z.optional(z.string()),
});

export const appsStatesSchema = z.object({
  apps_states: z.nullable(
    z.array(
      z.object({
        deviceTime: z.string(),
        ostree: z.optional(z.string()),
        apps: z.optional(
          z.nullable(
            z.record(
              z.string(),
              z.object({
                uri: z.optional(z.string()),
                state: z.optional(z.string()),
                services: z.optional(z.nullable(z.array(serviceSchema))),
              }),
            ),
          ),
        ),
      }),
    ),
  ),
});
export type AppsStates = z.infer<typeof appsStatesSchema>;

export const updateEventsSchema = z.array(
  z.object({
    id: z.string(),
    deviceTime: z.string(),
    event: z.object({
      correlationId: z.string(),
      ecu: z.string(),
      success: z.optional(z.boolean()),
      targetName: z.string(),
      version: z.string(),
      details: z.optional(z.string()),
    }),
    eventType: z.object({ id: z.string(), version: z.number() }),
  }),
);
export type UpdateEvents = z.infer<typeof updateEventsSchema>;

export const targetTestSchema = z.object({
  uuid: z.string(),
  name: z.string(),
  target_name: z.string(),
  status: z.string(),
  created_on: z.number(),
  completed_on: z.nullable(z.number()),
  details: z.optional(z.string()),
  artifacts: z.optional(z.nullable(z.array(z.string()))),
  results: z.optional(
    z.nullable(
      z.array(
        z.object({
          name: z.string(),
          status: z.string(),
          local_ts: z.number(),
          details: z.optional(z.string()),
          metrics: z.optional(z.nullable(z.record(z.string(), z.number()))),
        }),
      ),
    ),
  ),
});
export type TargetTest = z.infer<typeof targetTestSchema>;

export const configFileSchema = z.object({
  Value: z.string(),
  Unencrypted: z.optional(z.boolean()),
  OnChanged: z.optional(z.nullable(z.array(z.string()))),
});
export type ConfigFile = z.infer<typeof configFileSchema>;

export const configFileSetSchema = z.object({
  Files: z.optional(z.nullable(z.record(z.string(), configFileSchema))),
  Reason: z.optional(z.string()),
  CreatedAt: z.optional(z.number()),
  CreatedBy: z.optional(z.string()),
});
export type ConfigFileSet = z.infer<typeof configFileSetSchema>;

export const appliedConfigsSchema = z.object({
  Files: z.nullable(z.record(z.string(), configFileSchema)),
  AppliedAt: z.number(),
  AuditTrail: z.nullable(
    z.array(
      z.object({
        CreatedAt: z.optional(z.number()),
        CreatedBy: z.optional(z.string()),
        Reason: z.optional(z.string()),
        Auxiliary: z.optional(z.unknown()),
      }),
    ),
  ),
});
export type AppliedConfigs = z.infer<typeof appliedConfigsSchema>;

export const updateSummarySchema = z.object({
  name: z.string(),
  'uploaded-at': z.number(),
  'uploaded-by': z.string(),
  'device-count': z.number(),
});
export type UpdateSummary = z.infer<typeof updateSummarySchema>;

export const updatesByTagSchema = z.record(z.string(), z.nullable(z.array(updateSummarySchema)));

export const rolloutSchema = z.object({
  uuids: z.optional(z.nullable(z.array(z.string()))),
  groups: z.optional(z.nullable(z.array(z.string()))),
  'effective-uuids': z.optional(z.nullable(z.array(z.string()))),
  committed: z.boolean(),
});
export type Rollout = z.infer<typeof rolloutSchema>;

export const jsonObjectSchema = z.record(z.string(), z.unknown());
