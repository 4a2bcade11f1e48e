/** State of the VNS3 "edge" slice: IPsec, routes, peering, interfaces and links. */

export interface Tunnel {
  id: number;
  endpointId: number;
  localSubnet: string;
  remoteSubnet: string;
  enabled: boolean;
  /** Whether the remote side answers; a disabled tunnel is never connected. */
  up: boolean;
  description: string | null;
  pingIpaddress: string;
  pingInterval: number | null;
  pingInterface: string;
  /** Byte counters at `countedAt`, and how fast they grow while connected (bytes/s). */
  bytesIn: number;
  bytesOut: number;
  rateIn: number;
  rateOut: number;
  countedAt: number;
  bounced: boolean;
}

export interface TrafficPair {
  id: number;
  endpointId: number;
  localSubnet: string;
  remoteSubnet: string;
  pingIpaddress: string | null;
  pingInterface: string;
  pingInterval: number;
  enabled: boolean;
  description: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface BgpPeer {
  id: number;
  ipaddress: string;
  asn: number;
  localAsnAlias: number | null;
  accessList: string;
  bgpPassword: string;
  holdTime: number;
  keepaliveInterval: number;
  addNetworkDistance: boolean;
  addNetworkDistanceDirection: 'in' | 'out';
  addNetworkDistanceHops: number;
}

export interface Endpoint {
  id: number;
  name: string;
  description: string;
  ipaddress: string;
  psk: string;
  ikeVersion: 1 | 2;
  pfs: boolean;
  natTEnabled: boolean;
  privateIpaddress: string;
  extraConfig: string[];
  vpnType: 'policy' | 'gre' | 'vti';
  greInterfaceAddress: string;
  routeBasedIntAddress: string;
  routeBasedLocal: string;
  routeBasedRemote: string;
  tunnels: Map<number, Tunnel>;
  trafficPairs: Map<number, TrafficPair>;
  bgpPeers: Map<number, BgpPeer>;
}

export interface LinkEvent {
  tunnelId: number;
  endpointId: number;
  local: string;
  remote: string;
  event: 'up' | 'down';
  at: number;
}

export interface Route {
  id: number;
  cidr: string;
  description: string;
  interface: string | null;
  gateway: string | null;
  tunnel: number | null;
  table: string;
  advertise: boolean;
  metric: number;
  enabled: boolean;
  editable: boolean;
}

export interface Peer {
  id: number;
  address: string;
  overlayIpaddress: string;
  mtu: number;
  reachable: boolean;
}

export interface SystemInterface {
  id: number;
  name: string;
  interfaceType: 'system' | 'system_virtual';
  description: string;
  ipInternal: string | null;
  ipExternal: string | null;
  maskBits: string;
  gateway: string | null;
  mtu: number;
  enabled: boolean;
  systemDefault: boolean;
  addresses: Map<number, InterfaceAddress>;
}

export interface InterfaceAddress {
  id: number;
  label: string;
  description: string;
  ipInternal: string;
  ipExternal: string | null;
  maskBits: number;
  gateway: string | null;
}

export interface GreInterface {
  id: number;
  endpointName: string;
  description: string;
  ipInternal: string;
  maskBits: string;
  localConnectionIp: string;
  remoteConnectionIp: string;
  ttl: number;
  mtu: number;
  enabled: boolean;
}

export interface Link {
  id: number;
  name: string;
  description: string;
  type: 'openvpn' | 'wireguard';
  connected: boolean;
  clientpack: string;
  clientpackIp: string;
  endpoints: string[];
  policies: string;
  tags: { key: string; value: string }[];
  lastConnect: number | null;
  lastDisconnect: number | null;
  logs: { at: number; line: string }[];
}

export interface EdgeState {
  startedAt: number;
  thisEndpoint: {
    ipaddress: string;
    privateIpaddress: string;
    ipsecLocalIpaddress: string;
    overlaySubnet: string;
    asn: number;
    natTraversal: boolean;
  };
  endpoints: Map<number, Endpoint>;
  history: LinkEvent[];
  routes: Map<number, Route>;
  peering: { selfId: number; peers: Map<number, Peer> };
  interfaces: Map<number, SystemInterface>;
  gre: Map<number, GreInterface>;
  links: Map<number, Link>;
  globalPolicies: { openvpn: string; wireguard: string };
  /** Licence limit on tunnels + traffic pairs (403 when reached). */
  tunnelLimit: number;
  nextId: { endpoint: number; tunnel: number; pair: number; peer: number; route: number };
  nextInterfaceId: number;
}
