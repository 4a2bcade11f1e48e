import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { networkKeys } from './keys';

const text = z.optional(z.nullable(z.string()));

export const interfaceSchema = z.object({
  id: z.number(),
  name: z.string(),
  interface_type: z.string(),
  description: text,
  ip_internal: text,
  ip_external: text,
  mask_bits: z.optional(z.nullable(z.union([z.string(), z.number()]))),
  gateway: text,
  mtu: z.optional(z.nullable(z.number())),
  enabled: z.optional(z.boolean()),
  status: text,
  system_default: z.optional(z.boolean()),
  endpoint_name: text,
  local_connection_ip: text,
  remote_connection_ip: text,
  ttl: z.optional(z.number()),
});

export type NetworkInterface = z.infer<typeof interfaceSchema>;

/** GET /interfaces (BETA): system and edge GRE interfaces together. */
export function interfacesQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: networkKeys.interfaces(connectionId),
    queryFn: ({ signal }) =>
      vns3Json(client, { path: vns3Path('/interfaces'), signal }, z.array(interfaceSchema)),
  });
}
