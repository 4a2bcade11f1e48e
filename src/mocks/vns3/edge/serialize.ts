import type {
  BgpPeer,
  EdgeState,
  Endpoint,
  GreInterface,
  InterfaceAddress,
  Link,
  Route,
  SystemInterface,
  TrafficPair,
  Tunnel,
} from './state.ts';
import { netmaskOf } from './validate.ts';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export const isConnected = (tunnel: Tunnel) => tunnel.enabled && tunnel.up;

/** Folds the traffic since the last change into the counters (call before changing state). */
export function settleCounters(tunnel: Tunnel, now: number): void {
  if (isConnected(tunnel)) {
    const seconds = Math.max(0, now - tunnel.countedAt) / 1000;
    tunnel.bytesIn += Math.round(tunnel.rateIn * seconds);
    tunnel.bytesOut += Math.round(tunnel.rateOut * seconds);
  }
  tunnel.countedAt = now;
}

export function tunnelJson(tunnel: Tunnel, endpoint: Endpoint, now: number) {
  const copy = { ...tunnel };
  settleCounters(copy, now);
  const connected = isConnected(tunnel);
  const [phase1 = '', phase2 = ''] = endpoint.extraConfig.map((line) => line.split('=')[1] ?? '');
  return {
    id: tunnel.id,
    endpointid: endpoint.id,
    endpoint_id: endpoint.id,
    endpoint_name: endpoint.name,
    local_subnet: tunnel.localSubnet,
    remote_subnet: tunnel.remoteSubnet,
    enabled: tunnel.enabled,
    active: tunnel.enabled,
    connected,
    bounce: tunnel.bounced,
    description: tunnel.description,
    ping_ipaddress: tunnel.pingIpaddress,
    ping_interval: tunnel.pingInterval,
    ping_interface: tunnel.pingInterface,
    tunnel_params: {
      phase1,
      phase2,
      phase1_cipher: null,
      phase1_prf: null,
      phase1_dh_group: null,
      phase2_algo: phase2.split('-')[0] ?? '',
      phase2_hash: phase2.split('-')[1] ?? '',
      pfs_dh_group: endpoint.pfs ? 'MODP_2048' : null,
      ike_version: String(endpoint.ikeVersion),
      nat_t: endpoint.natTEnabled ? 'yes' : 'no',
      dpd: 'restart',
      last_dpd: connected ? '5s ago' : '',
      bytes_in: String(copy.bytesIn),
      bytes_out: String(copy.bytesOut),
      inbound_spi: connected ? `c${(tunnel.id * 7919).toString(16).padStart(7, '0')}` : '',
      outbound_spi: connected ? `d${(tunnel.id * 6007).toString(16).padStart(7, '0')}` : '',
      esp_port: endpoint.natTEnabled ? '4500' : '500',
      isakmp_port: '500',
      esp_time_remaining: connected ? '2840s' : '',
      isakmp_time_remaining: connected ? '26340s' : '',
    },
  };
}

export function pairJson(pair: TrafficPair) {
  return {
    id: pair.id,
    local_subnet: pair.localSubnet,
    remote_subnet: pair.remoteSubnet,
    ping_ipaddress: pair.pingIpaddress,
    ping_interface: pair.pingInterface,
    ping_interval: pair.pingInterval,
    enabled: pair.enabled,
    description: pair.description,
    ipsec_endpoint_id: pair.endpointId,
    endpoint_id: pair.endpointId,
    created_at: iso(pair.createdAt),
    updated_at: iso(pair.updatedAt),
  };
}

export function peerJson(peer: BgpPeer) {
  return {
    id: peer.id,
    ipaddress: peer.ipaddress,
    asn: peer.asn,
    local_asn_alias: peer.localAsnAlias,
    access_list: peer.accessList,
    bgp_password: peer.bgpPassword,
    hold_time: peer.holdTime,
    keepalive_interval: peer.keepaliveInterval,
    add_network_distance: peer.addNetworkDistance,
    add_network_distance_direction: peer.addNetworkDistanceDirection,
    add_network_distance_hops: peer.addNetworkDistanceHops,
  };
}

const mapOf = <T extends { id: number }, J>(items: Map<number, T>, toJson: (item: T) => J) =>
  Object.fromEntries([...items.values()].map((item) => [String(item.id), toJson(item)]));

export function endpointJson(endpoint: Endpoint, now: number) {
  return {
    id: endpoint.id,
    name: endpoint.name,
    description: endpoint.description,
    ipaddress: endpoint.ipaddress,
    psk: endpoint.psk,
    ike_version: endpoint.ikeVersion,
    pfs: endpoint.pfs,
    nat_t_enabled: endpoint.natTEnabled,
    private_ipaddress: endpoint.privateIpaddress,
    extra_config: endpoint.extraConfig,
    type: 'ipsec',
    vpn_type: endpoint.vpnType,
    gre_interface_address: endpoint.greInterfaceAddress,
    route_based_int_address: endpoint.routeBasedIntAddress,
    route_based_local: endpoint.routeBasedLocal,
    route_based_remote: endpoint.routeBasedRemote,
    tunnels: mapOf(endpoint.tunnels, (tunnel) => tunnelJson(tunnel, endpoint, now)),
    traffic_pairs: mapOf(endpoint.trafficPairs, pairJson),
    bgp_peers: mapOf(endpoint.bgpPeers, peerJson),
  };
}

export function ipsecTreeJson(edge: EdgeState, now: number) {
  const self = edge.thisEndpoint;
  return {
    this_endpoint: {
      ipaddress: self.ipaddress,
      private_ipaddress: self.privateIpaddress,
      ipsec_local_ipaddress: self.ipsecLocalIpaddress,
      overlay_subnet: self.overlaySubnet,
      asn: self.asn,
      nat_traversal: self.natTraversal,
    },
    remote_endpoints: mapOf(edge.endpoints, (endpoint) => endpointJson(endpoint, now)),
  };
}

/** `GET /status/ipsec`: every tunnel, keyed by tunnel id. */
export function ipsecStatusJson(edge: EdgeState, now: number) {
  const entries = [...edge.endpoints.values()].flatMap((endpoint) =>
    [...endpoint.tunnels.values()].map(
      (tunnel) => [String(tunnel.id), tunnelJson(tunnel, endpoint, now)] as const,
    ),
  );
  return Object.fromEntries(entries);
}

export function routeJson(route: Route) {
  return {
    id: route.id,
    cidr: route.cidr,
    netmask: netmaskOf(route.cidr),
    description: route.description,
    ...(route.interface ? { interface: route.interface } : {}),
    ...(route.gateway ? { gateway: route.gateway } : {}),
    ...(route.tunnel !== null ? { tunnel: route.tunnel } : {}),
    table: route.table,
    advertise: route.advertise,
    metric: route.metric,
    enabled: route.enabled,
    editable: route.editable,
  };
}

export const routesJson = (edge: EdgeState, table?: string) =>
  Object.fromEntries(
    [...edge.routes.values()]
      .filter((route) => !table || route.table === table)
      .map((route) => [String(route.id), routeJson(route)]),
  );

export function systemInterfaceJson(item: SystemInterface) {
  return {
    id: item.id,
    name: item.name,
    interface_type: item.interfaceType,
    description: item.description,
    ip_internal: item.ipInternal,
    ip_external: item.ipExternal,
    mask_bits: item.maskBits,
    gateway: item.gateway,
    mtu: item.mtu,
    enabled: item.enabled,
    status: item.enabled ? 'Up' : 'Down',
    system_default: item.systemDefault,
    tags: [],
  };
}

export function addressJson(address: InterfaceAddress) {
  return {
    id: address.id,
    label: address.label,
    description: address.description,
    ip_internal: address.ipInternal,
    ip_external: address.ipExternal,
    mask_bits: address.maskBits,
    gateway: address.gateway,
  };
}

export function greJson(item: GreInterface) {
  return {
    id: item.id,
    name: `gre${item.id}`,
    interface_type: 'edge_gre',
    endpoint_name: item.endpointName,
    description: item.description,
    ip_internal: item.ipInternal,
    mask_bits: item.maskBits,
    local_connection_ip: item.localConnectionIp,
    remote_connection_ip: item.remoteConnectionIp,
    ttl: item.ttl,
    mtu: item.mtu,
    enabled: item.enabled,
    status: item.enabled ? 'Up' : 'Down',
  };
}

export function linkJson(link: Link) {
  return {
    id: link.id,
    name: link.name,
    description: link.description,
    interface: `lnk${link.id}`,
    type: link.type,
    connected: link.connected,
    state: link.connected ? 'connected' : 'disconnected',
    clientpack: link.clientpack,
    clientpack_ip: link.clientpackIp,
    endpoints: link.endpoints,
    remotes: link.endpoints,
    policies: link.policies,
    tags: link.tags,
    last_connect: iso(link.lastConnect),
    last_disconnect: iso(link.lastDisconnect),
    device: `lnk${link.id}`,
    tun_mtu: 1420,
    link_mtu: 1500,
    local_ip: link.clientpackIp,
  };
}
