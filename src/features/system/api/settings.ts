import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';
import { systemKeys } from './keys';

const scalar = z.optional(z.nullable(z.union([z.string(), z.number()])));

/** GET /settings: `{"network":{"mode":"static|dhcp",…},"app":{…}}`; other keys are kept. */
export const settingsSchema = z.looseObject({
  network: z.optional(
    z.looseObject({
      mode: z.optional(z.string()),
      interface: scalar,
      hostname: scalar,
      ip_address: scalar,
      netmask: scalar,
      gateway: scalar,
      dns1: scalar,
      dns2: scalar,
      ntpserver: scalar,
    }),
  ),
  app: z.optional(z.unknown()),
});

export type ApplianceSettings = z.infer<typeof settingsSchema>;

/** The appliance answers 404 while it has no settings yet (v1.23.0 and later): null here. */
export async function fetchSettings(
  client: HttpClient,
  signal?: AbortSignal,
): Promise<ApplianceSettings | null> {
  try {
    return await client.json({ path: jidotekiPath('settings'), signal }, settingsSchema);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function settingsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: systemKeys.settings(connectionId),
    queryFn: ({ signal }) => fetchSettings(client, signal),
  });
}

/** `static` or `dhcp`: as reported, else static when an address is set. */
export function networkMode(settings: ApplianceSettings | null | undefined): 'static' | 'dhcp' {
  const network = settings?.network;
  const mode = network?.mode?.toLowerCase();
  if (mode === 'static' || mode === 'dhcp') return mode;
  return network?.ip_address ? 'static' : 'dhcp';
}
