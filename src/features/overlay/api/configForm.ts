import { z } from 'zod/mini';
import {
  type ConfigChanges,
  type HubConfig,
  fromUuidList,
  invalidUuids,
  toTimeInput,
  toUuidList,
} from './config';

const uuidLines = z.string().check(
  z.superRefine((value, ctx) => {
    const bad = invalidUuids(value);
    if (bad.length > 0) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `Not a UUID: ${bad.slice(0, 3).join(', ')}${bad.length > 3 ? ' …' : ''}. Enter one lower-case UUID per line, e.g. 0f8fad5b-d9cb-469f-a165-70867728950e`,
      });
    }
  }),
);

export const configFormSchema = z.object({
  timezone: z.string().check(z.minLength(1, 'Choose a time zone')),
  auto_update: z.boolean(),
  auto_update_time: z
    .string()
    .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM, e.g. 20:00')),
  discovery_mode: z.boolean(),
  uuid_blacklist: uuidLines,
  uuid_whitelist: uuidLines,
});

export type ConfigFormValues = z.infer<typeof configFormSchema>;

export const CONFIG_FIELDS = [
  'timezone',
  'auto_update',
  'auto_update_time',
  'discovery_mode',
  'uuid_blacklist',
  'uuid_whitelist',
] as const;

export function configFormDefaults(config: HubConfig): ConfigFormValues {
  return {
    timezone: config.timezone,
    auto_update: config.auto_update,
    auto_update_time: toTimeInput(config.auto_update_time),
    discovery_mode: config.discovery_mode,
    uuid_blacklist: fromUuidList(config.uuid_blacklist),
    uuid_whitelist: fromUuidList(config.uuid_whitelist),
  };
}

export function toConfigChanges(values: ConfigFormValues): ConfigChanges {
  return {
    ...values,
    auto_update_time: `${values.auto_update_time}:00`,
    uuid_blacklist: toUuidList(values.uuid_blacklist),
    uuid_whitelist: toUuidList(values.uuid_whitelist),
  };
}
