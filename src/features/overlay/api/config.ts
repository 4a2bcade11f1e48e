import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { overlayKeys } from './keys';
import { pageSchema } from './paged';

export const configSchema = z.object({
  id: z.number(),
  ec2_iam_role_status: z.optional(z.nullable(z.boolean())),
  timezone: z.string(),
  auto_update: z.boolean(),
  auto_update_time: z.string(),
  discovery_mode: z.boolean(),
  uuid_blacklist: z.nullable(z.string()),
  uuid_whitelist: z.nullable(z.string()),
});
export type HubConfig = z.infer<typeof configSchema>;

/** GET /api/config: a one-row list (the singleton). */
export async function fetchConfig(client: HttpClient, signal?: AbortSignal): Promise<HubConfig> {
  const page = await client.json({ path: '/api/config', signal }, pageSchema(configSchema));
  const config = page.results[0];
  if (!config) throw new Error('The hub returned no configuration row.');
  return config;
}

export function configQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: overlayKeys.config(connectionId),
    queryFn: ({ signal }) => fetchConfig(client, signal),
  });
}

export type ConfigChanges = Partial<Omit<HubConfig, 'id' | 'ec2_iam_role_status'>>;

export function patchConfig(client: HttpClient, id: number, changes: ConfigChanges) {
  return client.json({ method: 'PATCH', path: `/api/config/${id}`, body: changes }, configSchema);
}

const UUID = /^[a-f0-9]{8}-?[a-f0-9]{4}-?4[a-f0-9]{3}-?[89ab][a-f0-9]{3}-?[a-f0-9]{12}$/;

/** The hub's UUID pattern (lower-case version 4), comma-separated; blanks are ignored. */
export function invalidUuids(list: string): string[] {
  return list
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !UUID.test(item));
}

/** One per line in the form, comma-separated on the hub. */
export function toUuidList(text: string): string {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .join(',');
}

export function fromUuidList(list: string | null): string {
  return (list ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .join('\n');
}

/** "HH:MM:SS" from the hub, "HH:MM" in a time input. */
export function toTimeInput(value: string): string {
  return value.slice(0, 5);
}

export function timeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  const all = new Set(['UTC', ...zones, current]);
  return [...all];
}
