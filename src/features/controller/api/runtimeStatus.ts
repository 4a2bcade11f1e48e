import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { controllerKeys } from './keys';
import { vns3Get } from './request';

const tunnelSchema = z.object({
  id: z.optional(z.number()),
  endpoint_name: z.optional(z.nullable(z.string())),
  local_subnet: z.optional(z.nullable(z.string())),
  remote_subnet: z.optional(z.nullable(z.string())),
  connected: z.optional(z.boolean()),
  enabled: z.optional(z.boolean()),
});

const clientSchema = z.object({
  overlay_ipaddress: z.optional(z.nullable(z.string())),
  ipaddress: z.optional(z.nullable(z.string())),
  managerid: z.optional(z.nullable(z.number())),
});

export const runtimeStatusSchema = z.object({
  ipsec: z.optional(z.record(z.string(), tunnelSchema)),
  connected_clients: z.optional(z.record(z.string(), clientSchema)),
  connected_subnets: z.optional(z.array(z.array(z.string()))),
});

export type RuntimeStatus = z.infer<typeof runtimeStatusSchema>;

export interface RuntimeSummary {
  tunnels: number;
  tunnelsUp: number;
  clients: number;
  subnets: string[];
}

/** `[["10.10.0.0", "255.255.255.0"]]` → "10.10.0.0 / 255.255.255.0" lines, and the counts. */
export function summariseRuntime(status: RuntimeStatus): RuntimeSummary {
  const tunnels = Object.values(status.ipsec ?? {});
  return {
    tunnels: tunnels.length,
    tunnelsUp: tunnels.filter((tunnel) => tunnel.connected).length,
    clients: Object.keys(status.connected_clients ?? {}).length,
    subnets: (status.connected_subnets ?? []).map((pair) => pair.join(' / ')),
  };
}

/** GET /status: the runtime summary (IPsec, connected clients and subnets). */
export function runtimeStatusQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.runtimeStatus(connectionId),
    queryFn: ({ signal }) => vns3Get(client, '/status', runtimeStatusSchema, signal),
    select: summariseRuntime,
  });
}
