import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { networkKeys } from './keys';

const text = z.optional(z.nullable(z.string()));

export const routeSchema = z.object({
  id: z.number(),
  cidr: z.string(),
  netmask: text,
  description: text,
  interface: text,
  gateway: text,
  tunnel: z.optional(z.nullable(z.unknown())),
  table: text,
  advertise: z.optional(z.boolean()),
  metric: z.optional(z.nullable(z.number())),
  enabled: z.optional(z.boolean()),
  editable: z.optional(z.boolean()),
});

export type Route = z.infer<typeof routeSchema>;

export const routeMapSchema = z.record(z.string(), routeSchema);

export const routeList = (map: Record<string, Route>) =>
  Object.values(map).sort((a, b) => a.id - b.id);

/** GET /routes: the route table, keyed by id. */
export function routesQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: networkKeys.routes(connectionId),
    queryFn: async ({ signal }) =>
      routeList(await vns3Json(client, { path: vns3Path('/routes'), signal }, routeMapSchema)),
  });
}
