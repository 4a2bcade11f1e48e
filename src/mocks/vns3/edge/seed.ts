import type { Endpoint, EdgeState, Link, Route, SystemInterface, Tunnel } from './state.ts';

const MINUTE = 60_000;

function tunnel(
  now: number,
  id: number,
  endpointId: number,
  localSubnet: string,
  remoteSubnet: string,
  up: boolean,
  enabled = true,
): Tunnel {
  return {
    id,
    endpointId,
    localSubnet,
    remoteSubnet,
    enabled,
    up,
    description: null,
    pingIpaddress: '',
    pingInterval: null,
    pingInterface: 'eth0',
    bytesIn: 48_000_000 * id,
    bytesOut: 21_000_000 * id,
    rateIn: 90_000 + id * 35_000,
    rateOut: 40_000 + id * 12_000,
    countedAt: now,
    bounced: false,
  };
}

function endpoint(
  id: number,
  name: string,
  ipaddress: string,
  fields: Partial<Endpoint> = {},
): Endpoint {
  return {
    id,
    name,
    description: '',
    ipaddress,
    psk: `psk-${name.toLowerCase().replace(/\W+/g, '-')}-7f3a`,
    ikeVersion: 2,
    pfs: true,
    natTEnabled: true,
    privateIpaddress: '',
    extraConfig: ['phase1=aes256-sha2_256-dh14', 'phase2=aes256-sha2_256'],
    vpnType: 'policy',
    greInterfaceAddress: '',
    routeBasedIntAddress: '',
    routeBasedLocal: '',
    routeBasedRemote: '',
    tunnels: new Map(),
    trafficPairs: new Map(),
    bgpPeers: new Map(),
    ...fields,
  };
}

function seedEndpoints(now: number): Map<number, Endpoint> {
  const datacenter = endpoint(1, 'Datacenter Frankfurt', '198.51.100.10', {
    description: 'Primary on-premises firewall',
  });
  datacenter.tunnels.set(1, tunnel(now, 1, 1, '10.10.0.0/24', '172.16.0.0/16', true));
  datacenter.tunnels.set(2, tunnel(now, 2, 1, '10.10.1.0/24', '172.17.0.0/16', false));
  datacenter.bgpPeers.set(1, {
    id: 1,
    ipaddress: '169.254.10.1',
    asn: 65010,
    localAsnAlias: null,
    accessList: 'in permit 172.16.0.0/12\nout permit 10.10.0.0/16',
    bgpPassword: 'bgp-secret-1',
    holdTime: 90,
    keepaliveInterval: 30,
    addNetworkDistance: false,
    addNetworkDistanceDirection: 'in',
    addNetworkDistanceHops: 1,
  });
  const branch = endpoint(2, 'Branch office Lyon', '203.0.113.45', {
    ikeVersion: 1,
    pfs: false,
    vpnType: 'vti',
    routeBasedIntAddress: '169.254.20.1/30',
    routeBasedLocal: '0.0.0.0/0',
    routeBasedRemote: '0.0.0.0/0',
  });
  branch.tunnels.set(3, tunnel(now, 3, 2, '10.10.0.0/24', '192.168.50.0/24', true));
  branch.tunnels.set(4, tunnel(now, 4, 2, '10.10.0.0/24', '192.168.60.0/24', false, false));
  branch.trafficPairs.set(1, {
    id: 1,
    endpointId: 2,
    localSubnet: '10.10.0.0/24',
    remoteSubnet: '192.168.70.0/24',
    pingIpaddress: null,
    pingInterface: 'eth0',
    pingInterval: 10,
    enabled: true,
    description: 'Printers',
    createdAt: now - 30 * MINUTE,
    updatedAt: now - 30 * MINUTE,
  });
  const cloud = endpoint(3, 'AWS us-east-1', '192.0.2.200', {
    description: 'Transit gateway attachment',
  });
  cloud.tunnels.set(5, tunnel(now, 5, 3, '10.10.0.0/16', '10.200.0.0/16', true));
  return new Map([
    [1, datacenter],
    [2, branch],
    [3, cloud],
  ]);
}

function route(id: number, fields: Partial<Route> & Pick<Route, 'cidr' | 'description'>): Route {
  return {
    id,
    interface: 'eth0',
    gateway: null,
    tunnel: null,
    table: 'main',
    advertise: false,
    metric: 0,
    enabled: true,
    editable: true,
    ...fields,
  };
}

function systemInterface(
  id: number,
  name: string,
  ipInternal: string | null,
  maskBits: string,
  fields: Partial<SystemInterface> = {},
): SystemInterface {
  return {
    id,
    name,
    interfaceType: 'system',
    description: 'Auto-created interface',
    ipInternal,
    ipExternal: null,
    maskBits,
    gateway: null,
    mtu: 9001,
    enabled: true,
    systemDefault: true,
    addresses: new Map(),
    ...fields,
  };
}

function link(now: number, id: number, fields: Partial<Link> & Pick<Link, 'name'>): Link {
  return {
    id,
    description: '',
    type: 'wireguard',
    connected: true,
    clientpack: `100_127_255_${200 + id}`,
    clientpackIp: `100.127.255.${200 + id}`,
    endpoints: [],
    policies: '',
    tags: [],
    lastConnect: now - 90 * MINUTE,
    lastDisconnect: null,
    logs: [
      { at: now - 91 * MINUTE, line: `lnk${id}: starting` },
      { at: now - 90 * MINUTE, line: `lnk${id}: handshake complete` },
    ],
    ...fields,
  };
}

export function createDemoEdgeState(now: number): EdgeState {
  const state = createEmptyEdgeState(now);
  state.endpoints = seedEndpoints(now);
  state.nextId = { endpoint: 4, tunnel: 6, pair: 2, peer: 2, route: 4 };
  for (const [minutesAgo, tunnelId, event] of [
    [180, 1, 'up'],
    [170, 2, 'up'],
    [120, 3, 'up'],
    [95, 2, 'down'],
    [60, 5, 'up'],
    [42, 3, 'down'],
    [41, 3, 'up'],
  ] as const) {
    const found = [...state.endpoints.values()]
      .map((candidate) => candidate.tunnels.get(tunnelId))
      .find(Boolean);
    if (!found) continue;
    state.history.push({
      tunnelId,
      endpointId: found.endpointId,
      local: found.localSubnet,
      remote: found.remoteSubnet,
      event,
      at: now - minutesAgo * MINUTE,
    });
  }
  state.routes.set(
    2,
    route(2, { cidr: '192.168.1.0/24', gateway: '192.168.1.1', description: 'US West Peer' }),
  );
  state.routes.set(
    3,
    route(3, {
      cidr: '10.50.0.0/16',
      description: 'Lab network',
      advertise: true,
      enabled: false,
      metric: 10,
    }),
  );
  state.peering.peers.set(2, {
    id: 2,
    address: '198.51.100.77',
    overlayIpaddress: '100.127.255.194',
    mtu: 1500,
    reachable: true,
  });
  state.gre.set(20, {
    id: 20,
    endpointName: 'gre-frankfurt',
    description: 'GRE to the Frankfurt datacenter',
    ipInternal: '169.254.30.1',
    maskBits: '30',
    localConnectionIp: '192.168.1.230',
    remoteConnectionIp: '198.51.100.10',
    ttl: 64,
    mtu: 1476,
    enabled: true,
  });
  state.links.set(
    1,
    link(now, 1, {
      name: 'Hub link',
      endpoints: ['198.51.100.77:1194'],
      tags: [{ key: 'site', value: 'hub' }],
    }),
  );
  state.links.set(
    2,
    link(now, 2, {
      name: 'Backup link',
      type: 'openvpn',
      connected: false,
      lastConnect: null,
      lastDisconnect: now - 5 * MINUTE,
    }),
  );
  return state;
}

export function createEmptyEdgeState(now: number): EdgeState {
  const interfaces = new Map<number, SystemInterface>([
    [4, systemInterface(4, 'eth0', '192.168.1.211', '24', { ipExternal: '3.222.68.251' })],
    [5, systemInterface(5, 'lo', '127.0.0.1', '8', { mtu: 65536 })],
    [
      6,
      systemInterface(6, 'tun0', '100.127.255.193', '26', {
        interfaceType: 'system_virtual',
        description: 'Overlay',
        mtu: 1500,
      }),
    ],
  ]);
  return {
    startedAt: now - 3 * 24 * 60 * MINUTE,
    thisEndpoint: {
      ipaddress: '3.222.68.251',
      privateIpaddress: '192.168.1.230',
      ipsecLocalIpaddress: '192.168.1.230',
      overlaySubnet: '100.127.255.192/26',
      asn: 65001,
      natTraversal: true,
    },
    endpoints: new Map(),
    history: [],
    routes: new Map([
      [
        1,
        route(1, {
          cidr: '224.0.0.0/4',
          interface: 'tun0',
          description: 'Multicast (auto-added)',
          editable: false,
        }),
      ],
    ]),
    peering: { selfId: 1, peers: new Map() },
    interfaces,
    gre: new Map(),
    links: new Map(),
    globalPolicies: { openvpn: '', wireguard: 'PersistentKeepalive = 25' },
    tunnelLimit: 20,
    nextId: { endpoint: 1, tunnel: 1, pair: 1, peer: 1, route: 2 },
    nextInterfaceId: 30,
  };
}
