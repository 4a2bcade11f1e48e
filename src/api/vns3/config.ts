import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '../http';
import { vns3Json, vns3Path } from './envelope';

const optionalText = z.optional(z.nullable(z.string()));

export const vns3ConfigSchema = z.object({
  licensed: z.boolean(),
  keyset_present: z.optional(z.boolean()),
  vns3_version: z.optional(z.string()),
  topology_name: optionalText,
  controller_name: optionalText,
  ntp_hosts: optionalText,
  peered: z.optional(z.boolean()),
  manager_id: z.optional(z.nullable(z.number())),
  asn: z.optional(z.nullable(z.number())),
  overlay_ipaddress: optionalText,
  public_ipaddress: optionalText,
  private_ipaddress: optionalText,
  subnet_gateway: optionalText,
});

export type Vns3Config = z.infer<typeof vns3ConfigSchema>;

/** What a page needs in place before the controller answers its calls. */
export type Vns3Prerequisite = 'none' | 'license' | 'keyset';

/** Whether the controller would refuse a page that `needs` this (403 "Must be licensed first"). */
export function isBlocked(config: Vns3Config, needs: Vns3Prerequisite): boolean {
  const { licensed, keyset_present: keysetPresent = true } = config;
  return (needs !== 'none' && !licensed) || (needs === 'keyset' && !keysetPresent);
}

/**
 * True once the cached GET /config shows the controller ready for a page that `needs` this;
 * false while it is unknown, so that nothing is asked before the page can explain.
 */
export function isKnownReady(
  queryClient: QueryClient,
  connectionId: string,
  needs: Vns3Prerequisite,
): boolean {
  const config = queryClient.getQueryData<Vns3Config>(vns3ConfigKey(connectionId));
  return config !== undefined && !isBlocked(config, needs);
}

export const vns3ConfigKey = (connectionId: string) => [connectionId, 'vns3', 'config'] as const;

/** GET /config: identity, version and the licence / keyset state every page depends on. */
export function vns3ConfigQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: vns3ConfigKey(connectionId),
    queryFn: ({ signal }) =>
      vns3Json(client, { path: vns3Path('/config'), signal }, vns3ConfigSchema),
    staleTime: 30_000,
  });
}
