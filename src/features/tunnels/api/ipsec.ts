import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { tunnelsKeys } from './keys';

const text = z.optional(z.nullable(z.string()));
const count = z.optional(z.nullable(z.number()));

export const tunnelSchema = z.object({
  id: z.number(),
  local_subnet: z.string(),
  remote_subnet: z.string(),
  enabled: z.boolean(),
  connected: z.optional(z.boolean()),
  description: text,
  ping_ipaddress: text,
  ping_interval: count,
  ping_interface: text,
});

export const trafficPairSchema = z.object({
  id: z.number(),
  local_subnet: z.string(),
  remote_subnet: z.string(),
  enabled: z.boolean(),
  description: text,
  ping_ipaddress: text,
  ping_interval: count,
  ping_interface: text,
});

export const bgpPeerSchema = z.object({
  id: z.number(),
  ipaddress: z.string(),
  asn: z.number(),
  local_asn_alias: count,
  access_list: text,
  bgp_password: text,
  hold_time: count,
  keepalive_interval: count,
  add_network_distance: z.optional(z.boolean()),
  add_network_distance_direction: text,
  add_network_distance_hops: count,
});

export const endpointSchema = z.object({
  id: z.number(),
  name: z.string(),
  description: text,
  ipaddress: z.string(),
  psk: text,
  ike_version: z.optional(z.number()),
  pfs: z.optional(z.boolean()),
  nat_t_enabled: z.optional(z.boolean()),
  private_ipaddress: text,
  extra_config: z.optional(z.array(z.string())),
  vpn_type: text,
  route_based_int_address: text,
  route_based_local: text,
  route_based_remote: text,
  tunnels: z.optional(z.record(z.string(), tunnelSchema)),
  traffic_pairs: z.optional(z.record(z.string(), trafficPairSchema)),
  bgp_peers: z.optional(z.record(z.string(), bgpPeerSchema)),
});

export const ipsecTreeSchema = z.object({
  this_endpoint: z.optional(
    z.object({
      ipaddress: text,
      private_ipaddress: text,
      ipsec_local_ipaddress: text,
      overlay_subnet: text,
      asn: count,
    }),
  ),
  remote_endpoints: z.record(z.string(), endpointSchema),
});

export type WireEndpoint = z.infer<typeof endpointSchema>;
export type Tunnel = z.infer<typeof tunnelSchema>;
export type TrafficPair = z.infer<typeof trafficPairSchema>;
export type BgpPeer = z.infer<typeof bgpPeerSchema>;

export interface Endpoint extends Omit<WireEndpoint, 'tunnels' | 'traffic_pairs' | 'bgp_peers'> {
  tunnels: Tunnel[];
  trafficPairs: TrafficPair[];
  bgpPeers: BgpPeer[];
}

export interface IpsecTree {
  thisEndpoint: z.infer<typeof ipsecTreeSchema>['this_endpoint'];
  endpoints: Endpoint[];
}

const byId = <T extends { id: number }>(map: Record<string, T> | undefined): T[] =>
  Object.values(map ?? {}).sort((a, b) => a.id - b.id);

/** The API keys everything by id; the UI wants ordered lists. */
export function toEndpoint(wire: WireEndpoint): Endpoint {
  const { tunnels, traffic_pairs: pairs, bgp_peers: peers, ...rest } = wire;
  return { ...rest, tunnels: byId(tunnels), trafficPairs: byId(pairs), bgpPeers: byId(peers) };
}

export function toTree(wire: z.infer<typeof ipsecTreeSchema>): IpsecTree {
  return {
    thisEndpoint: wire.this_endpoint,
    endpoints: byId(wire.remote_endpoints).map(toEndpoint),
  };
}

/** GET /ipsec: the only list of endpoints, with their tunnels, traffic pairs and eBGP peers. */
export function ipsecQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: tunnelsKeys.ipsec(connectionId),
    queryFn: async ({ signal }) =>
      toTree(await vns3Json(client, { path: vns3Path('/ipsec'), signal }, ipsecTreeSchema)),
  });
}

/** GET /ipsec/endpoints/{id}: one endpoint with its tunnels, traffic pairs and eBGP peers. */
export function endpointQuery(connectionId: string, client: HttpClient, endpointId: number) {
  return queryOptions({
    queryKey: tunnelsKeys.endpoint(connectionId, endpointId),
    queryFn: async ({ signal }) =>
      toEndpoint(
        await vns3Json(client, { path: endpointPath(endpointId), signal }, endpointSchema),
      ),
  });
}

/** Puts an endpoint a mutation answered into the cached tree and the cached endpoint. */
export function storeEndpoint(queryClient: QueryClient, connectionId: string, endpoint: Endpoint) {
  queryClient.setQueryData<IpsecTree>(tunnelsKeys.ipsec(connectionId), (tree) =>
    withEndpoint(tree, endpoint),
  );
  queryClient.setQueryData(tunnelsKeys.endpoint(connectionId, endpoint.id), endpoint);
}

/** Puts an endpoint returned by a mutation into the cached tree (no refetch needed). */
export function withEndpoint(tree: IpsecTree | undefined, endpoint: Endpoint) {
  if (!tree) return tree;
  const others = tree.endpoints.filter((item) => item.id !== endpoint.id);
  return { ...tree, endpoints: [...others, endpoint].sort((a, b) => a.id - b.id) };
}

export const endpointPath = (endpointId: number, rest = '') =>
  vns3Path(`/ipsec/endpoints/${endpointId}${rest}`);
