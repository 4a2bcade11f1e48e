import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '../http';
import { vns3Json, vns3Path } from './envelope';

const text = z.optional(z.nullable(z.string()));

export const tunnelStatusSchema = z.object({
  id: z.number(),
  endpoint_id: z.optional(z.number()),
  endpointid: z.optional(z.number()),
  endpoint_name: text,
  local_subnet: z.string(),
  remote_subnet: z.string(),
  enabled: z.boolean(),
  active: z.optional(z.boolean()),
  connected: z.boolean(),
  description: text,
  ping_ipaddress: text,
  ping_interval: z.optional(z.nullable(z.number())),
  ping_interface: text,
  tunnel_params: z.optional(
    z.object({
      phase1: text,
      phase2: text,
      bytes_in: text,
      bytes_out: text,
      ike_version: text,
      nat_t: text,
      last_dpd: text,
    }),
  ),
});

export type TunnelStatus = z.infer<typeof tunnelStatusSchema>;

const ipsecStatusSchema = z.record(z.string(), tunnelStatusSchema);

export const IPSEC_POLL_MS = 5_000;

export const ipsecStatusKey = (connectionId: string) =>
  [connectionId, 'vns3', 'status', 'ipsec'] as const;

/**
 * GET /status/ipsec, every tunnel keyed by id; polled while the page is visible (TanStack pauses
 * refetchInterval in background tabs).
 */
export function ipsecStatusQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: ipsecStatusKey(connectionId),
    queryFn: ({ signal }) =>
      vns3Json(client, { path: vns3Path('/status/ipsec'), signal }, ipsecStatusSchema),
    refetchInterval: IPSEC_POLL_MS,
    refetchIntervalInBackground: false,
  });
}

/** Byte counters arrive as decimal strings; anything else is unknown. */
export function counter(value: string | null | undefined): number | null {
  return value && /^\d+$/.test(value) ? Number(value) : null;
}
