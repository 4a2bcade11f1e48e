import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { ipv4Number } from '@/api/vns3/validation';
import { clientpackKeys } from './keys';

const optionalText = z.optional(z.nullable(z.string()));

export const clientpackSchema = z.object({
  name: z.string(),
  overlay_ipaddress: z.string(),
  enabled: z.boolean(),
  checked_out: z.optional(z.boolean()),
  connected: z.optional(z.boolean()),
  status: optionalText,
  ipaddress: optionalText,
  last_connect: optionalText,
  compression: optionalText,
  tags: z.optional(z.nullable(z.record(z.string(), z.string()))),
});

export type Clientpack = z.infer<typeof clientpackSchema>;

export type PackStatus = 'connected' | 'available' | 'disabled';

export const packStatus = (pack: Clientpack): PackStatus =>
  pack.connected ? 'connected' : pack.enabled ? 'available' : 'disabled';

/** GET /clientpacks: a map keyed by name, returned as a list ordered by overlay IP. */
export function clientpacksQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: clientpackKeys.list(connectionId),
    queryFn: async ({ signal }) => {
      const map = await vns3Json(
        client,
        { path: vns3Path('/clientpacks'), query: { sorted: 'true' }, signal },
        z.record(z.string(), clientpackSchema),
      );
      return Object.values(map).sort(
        (a, b) => (ipv4Number(a.overlay_ipaddress) ?? 0) - (ipv4Number(b.overlay_ipaddress) ?? 0),
      );
    },
  });
}

const connectedClientSchema = z.object({
  overlay_ipaddress: z.string(),
  ipaddress: optionalText,
  managerid: z.optional(z.nullable(z.union([z.number(), z.string()]))),
  tags: z.optional(z.nullable(z.record(z.string(), z.string()))),
});

export type ConnectedClient = z.infer<typeof connectedClientSchema>;

/** GET /status/clients: connected overlay clients keyed by overlay IP. */
export function connectedClientsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: clientpackKeys.clients(connectionId),
    queryFn: async ({ signal }) =>
      Object.values(
        await vns3Json(
          client,
          { path: vns3Path('/status/clients'), signal },
          z.record(z.string(), connectedClientSchema),
        ),
      ),
  });
}
