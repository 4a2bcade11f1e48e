import { badRequest, notFound, readJsonObject, vns3Error, vns3Response } from '../http.ts';
import type { Vns3Route, Vns3RouteContext } from '../routes.ts';
import type { SimOutcome } from '../../framework/types.ts';
import { startTask } from '../state.ts';
import {
  endpointJson,
  ipsecTreeJson,
  pairJson,
  peerJson,
  settleCounters,
  tunnelJson,
} from './serialize.ts';
import type { BgpPeer, EdgeState, Endpoint, TrafficPair, Tunnel } from './state.ts';
import {
  intFrom,
  isCidr,
  isIpv4,
  isNonEmptyString,
  optionalBoolean,
  optionalString,
} from './validate.ts';

type Body = Record<string, unknown>;
type Check = string | null;

function findEndpoint({ state, params }: Vns3RouteContext): Endpoint | SimOutcome {
  const endpoint = state.edge.endpoints.get(Number(params.endpointId));
  return endpoint ?? notFound('endpoint_id does not exist');
}

const isOutcome = (value: object): value is SimOutcome => 'result' in value;

/** Runs the handler with the endpoint and the JSON body, or answers 404 / 400. */
function withEndpoint(
  handle: (endpoint: Endpoint, body: Body, context: Vns3RouteContext) => SimOutcome,
) {
  return async (context: Vns3RouteContext): Promise<SimOutcome> => {
    const endpoint = findEndpoint(context);
    if (isOutcome(endpoint)) return endpoint;
    const body = await readJsonObject(context.request);
    if (!body.ok) return body.outcome;
    return handle(endpoint, body.value, context);
  };
}

const IKE = new Set([1, 2]);
const VPN_TYPES = new Set(['policy', 'gre', 'vti']);
const PING_INTERFACES = new Set(['eth0', 'tun0']);

function checkEndpoint(body: Body, edge: EdgeState, creating: boolean, selfId?: number): Check {
  const required = (name: string) => creating || body[name] !== undefined;
  if (required('name') && !isNonEmptyString(body.name)) return 'name is required';
  if (
    isNonEmptyString(body.name) &&
    [...edge.endpoints.values()].some((other) => other.name === body.name && other.id !== selfId)
  ) {
    return 'name is already used by another endpoint';
  }
  if (required('ipaddress') && !isIpv4(body.ipaddress)) {
    return 'ipaddress must be an IPv4 address';
  }
  if (required('secret') && !isNonEmptyString(body.secret)) return 'secret is required';
  if (typeof body.secret === 'string' && body.secret.length > 128) {
    return 'secret must be at most 128 characters';
  }
  if (body.ike_version !== undefined && !IKE.has(body.ike_version as number)) {
    return 'ike_version must be 1 or 2';
  }
  if (!optionalBoolean(body.pfs) || !optionalBoolean(body.nat_t_enabled)) {
    return 'pfs and nat_t_enabled must be booleans';
  }
  if (body.vpn_type !== undefined && !VPN_TYPES.has(body.vpn_type as string)) {
    return 'vpn_type must be policy, gre or vti';
  }
  if (body.private_ipaddress && !isIpv4(body.private_ipaddress)) {
    return 'private_ipaddress must be an IPv4 address';
  }
  if (!optionalString(body.description) || !optionalString(body.extra_config)) {
    return 'description and extra_config must be strings';
  }
  if (typeof body.extra_config === 'string') {
    const bad = body.extra_config
      .split(/\s+/)
      .filter(Boolean)
      .find((token) => !/^(phase1|phase2)=[\w-]+$/.test(token));
    if (bad) return `extra_config: "${bad}" is not phase1=… or phase2=…`;
  }
  for (const name of ['route_based_local', 'route_based_remote'] as const) {
    if (body[name] && !isCidr(body[name])) return `${name} must be a CIDR`;
  }
  if (body.route_based_int_address && !isCidr(body.route_based_int_address)) {
    if (!/^[\d.]+\/\d+$/.test(String(body.route_based_int_address))) {
      return 'route_based_int_address must be an address with prefix, like 169.254.0.1/30';
    }
  }
  return null;
}

function applyEndpoint(endpoint: Endpoint, body: Body): void {
  if (typeof body.name === 'string') endpoint.name = body.name.trim();
  if (typeof body.description === 'string') endpoint.description = body.description;
  if (typeof body.ipaddress === 'string') endpoint.ipaddress = body.ipaddress;
  if (typeof body.secret === 'string') endpoint.psk = body.secret;
  if (body.ike_version === 1 || body.ike_version === 2) endpoint.ikeVersion = body.ike_version;
  if (typeof body.pfs === 'boolean') endpoint.pfs = body.pfs;
  if (typeof body.nat_t_enabled === 'boolean') endpoint.natTEnabled = body.nat_t_enabled;
  if (typeof body.private_ipaddress === 'string')
    endpoint.privateIpaddress = body.private_ipaddress;
  if (typeof body.extra_config === 'string') {
    endpoint.extraConfig = body.extra_config.split(/\s+/).filter(Boolean);
  }
  if (typeof body.vpn_type === 'string') endpoint.vpnType = body.vpn_type as Endpoint['vpnType'];
  for (const [wire, key] of [
    ['gre_interface_address', 'greInterfaceAddress'],
    ['route_based_int_address', 'routeBasedIntAddress'],
    ['route_based_local', 'routeBasedLocal'],
    ['route_based_remote', 'routeBasedRemote'],
  ] as const) {
    if (typeof body[wire] === 'string') endpoint[key] = body[wire];
  }
}

function checkSubnets(body: Body, creating: boolean, localRequired: boolean): Check {
  if ((creating || body.remote_subnet !== undefined) && !isCidr(body.remote_subnet)) {
    return 'remote_subnet must be a network in CIDR notation (a.b.c.d/n, no host bits)';
  }
  const localGiven = body.local_subnet !== undefined && body.local_subnet !== '';
  if ((localGiven || (creating && localRequired)) && !isCidr(body.local_subnet)) {
    return 'local_subnet must be a network in CIDR notation (a.b.c.d/n, no host bits)';
  }
  return checkPing(body);
}

function checkPing(body: Body): Check {
  if (body.ping_ipaddress && !isIpv4(body.ping_ipaddress)) {
    return 'ping_ipaddress must be an IPv4 address';
  }
  if (
    body.ping_interval !== undefined &&
    body.ping_interval !== null &&
    intFrom(body.ping_interval, 1, 3600) === null
  ) {
    return 'ping_interval must be between 1 and 3600 seconds';
  }
  if (body.ping_interface !== undefined && !PING_INTERFACES.has(body.ping_interface as string)) {
    return 'ping_interface must be eth0 or tun0';
  }
  if (!optionalBoolean(body.enabled)) return 'enabled must be a boolean';
  if (!optionalString(body.description)) return 'description must be a string';
  return null;
}

function subnetsTaken(endpoint: Endpoint, local: string, remote: string, except?: number) {
  return [...endpoint.tunnels.values(), ...endpoint.trafficPairs.values()].some(
    (item) => item.id !== except && item.localSubnet === local && item.remoteSubnet === remote,
  );
}

const countTunnels = (edge: EdgeState) =>
  [...edge.endpoints.values()].reduce(
    (sum, endpoint) => sum + endpoint.tunnels.size + endpoint.trafficPairs.size,
    0,
  );

const limitReached = () =>
  vns3Error(403, 'OperationNotAllowedError', 'Licensed IPsec subnet limit reached');

function record(edge: EdgeState, tunnel: Tunnel, event: 'up' | 'down', now: number) {
  edge.history.push({
    tunnelId: tunnel.id,
    endpointId: tunnel.endpointId,
    local: tunnel.localSubnet,
    remote: tunnel.remoteSubnet,
    event,
    at: now,
  });
}

function checkPeer(body: Body, creating: boolean): Check {
  if ((creating || body.ipaddress !== undefined) && !isIpv4(body.ipaddress)) {
    return 'ipaddress must be an IPv4 address';
  }
  if ((creating || body.asn !== undefined) && intFrom(body.asn, 1, 4_294_967_295) === null) {
    return 'asn must be between 1 and 4294967295';
  }
  if (
    body.local_asn_alias !== undefined &&
    body.local_asn_alias !== null &&
    intFrom(body.local_asn_alias, 1, 4_294_967_295) === null
  ) {
    return 'local_asn_alias must be between 1 and 4294967295';
  }
  if (body.access_list !== undefined) {
    if (typeof body.access_list !== 'string') return 'access_list must be a string';
    const bad = body.access_list
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .find((line) => {
        const match = /^(in|out) (permit|deny) (\S+)$/.exec(line);
        return !match || !isCidr(match[3]);
      });
    if (bad) return `access_list: "${bad}" is not "in|out permit|deny CIDR"`;
  }
  if (body.hold_time !== undefined && intFrom(body.hold_time, 3, 65535) === null) {
    return 'hold_time must be between 3 and 65535 seconds';
  }
  if (
    body.keepalive_interval !== undefined &&
    intFrom(body.keepalive_interval, 1, 21845) === null
  ) {
    return 'keepalive_interval must be between 1 and 21845 seconds';
  }
  if (
    body.add_network_distance_direction !== undefined &&
    body.add_network_distance_direction !== 'in' &&
    body.add_network_distance_direction !== 'out'
  ) {
    return 'add_network_distance_direction must be in or out';
  }
  if (
    body.add_network_distance_hops !== undefined &&
    intFrom(body.add_network_distance_hops, 1, 255) === null
  ) {
    return 'add_network_distance_hops must be between 1 and 255';
  }
  if (!optionalString(body.bgp_password)) return 'bgp_password must be a string';
  return null;
}

/** `?verbose=true`: the routing daemon's neighbour summary (BGPPeerResponse types it as text). */
function peerConnectionDetail(peer: BgpPeer): string {
  return [
    `BGP neighbor is ${peer.ipaddress}, remote AS ${peer.asn}, external link`,
    '  BGP state = Established, up for 01:12:09',
    `  Hold time is ${peer.holdTime}, keepalive interval is ${peer.keepaliveInterval} seconds`,
    '  Message statistics: 412 sent, 409 received',
  ].join('\n');
}

function applyPeer(peer: BgpPeer, body: Body): void {
  if (typeof body.ipaddress === 'string') peer.ipaddress = body.ipaddress;
  const asn = intFrom(body.asn, 1, 4_294_967_295);
  if (asn !== null) peer.asn = asn;
  if (body.local_asn_alias === null || body.local_asn_alias === '') peer.localAsnAlias = null;
  else {
    const alias = intFrom(body.local_asn_alias, 1, 4_294_967_295);
    if (alias !== null) peer.localAsnAlias = alias;
  }
  if (typeof body.access_list === 'string') peer.accessList = body.access_list;
  if (typeof body.bgp_password === 'string') peer.bgpPassword = body.bgp_password;
  const hold = intFrom(body.hold_time, 3, 65535);
  if (hold !== null) peer.holdTime = hold;
  const keepalive = intFrom(body.keepalive_interval, 1, 21845);
  if (keepalive !== null) peer.keepaliveInterval = keepalive;
  if (typeof body.add_network_distance === 'boolean') {
    peer.addNetworkDistance = body.add_network_distance;
  }
  if (
    body.add_network_distance_direction === 'in' ||
    body.add_network_distance_direction === 'out'
  ) {
    peer.addNetworkDistanceDirection = body.add_network_distance_direction;
  }
  const hops = intFrom(body.add_network_distance_hops, 1, 255);
  if (hops !== null) peer.addNetworkDistanceHops = hops;
}

function applyPing(target: Tunnel | TrafficPair, body: Body) {
  if (typeof body.ping_ipaddress === 'string') target.pingIpaddress = body.ping_ipaddress;
  const interval = intFrom(body.ping_interval, 1, 3600);
  if (interval !== null) target.pingInterval = interval;
  if (typeof body.ping_interface === 'string') target.pingInterface = body.ping_interface;
  if (typeof body.description === 'string') target.description = body.description;
}

export const ipsecRoutes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/ipsec',
    gate: 'license',
    handle: ({ state, now }) => vns3Response(ipsecTreeJson(state.edge, now)),
  },
  {
    method: 'POST',
    pattern: '/ipsec',
    gate: 'license',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      if (body.value.restart !== true) return badRequest('restart must be true');
      for (const endpoint of state.edge.endpoints.values()) {
        for (const tunnel of endpoint.tunnels.values()) settleCounters(tunnel, now);
      }
      return vns3Response({ restarted: true });
    },
  },
  {
    method: 'PUT',
    pattern: '/ipsec',
    gate: 'license',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      if (!isIpv4(body.value.ipsec_local_ipaddress)) {
        return badRequest('ipsec_local_ipaddress must be an IPv4 address');
      }
      if (state.edge.endpoints.size > 0) {
        return badRequest('ipsec_local_ipaddress can only be changed while no endpoints exist');
      }
      if (body.value.async !== undefined && typeof body.value.async !== 'boolean') {
        return badRequest('async must be a boolean');
      }
      state.edge.thisEndpoint.ipsecLocalIpaddress = body.value.ipsec_local_ipaddress;
      if (body.value.async === true) {
        return vns3Response({ token: startTask(state, now), status: 'submitted' });
      }
      return vns3Response(ipsecTreeJson(state.edge, now));
    },
  },
  {
    method: 'POST',
    pattern: '/ipsec/endpoints',
    gate: 'license',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const problem = checkEndpoint(body.value, state.edge, true);
      if (problem) return badRequest(problem);
      const id = state.edge.nextId.endpoint++;
      const endpoint: Endpoint = {
        id,
        name: '',
        description: '',
        ipaddress: '',
        psk: '',
        ikeVersion: 1,
        pfs: false,
        natTEnabled: true,
        privateIpaddress: '',
        extraConfig: [],
        vpnType: 'policy',
        greInterfaceAddress: '',
        routeBasedIntAddress: '',
        routeBasedLocal: '',
        routeBasedRemote: '',
        tunnels: new Map(),
        trafficPairs: new Map(),
        bgpPeers: new Map(),
      };
      applyEndpoint(endpoint, body.value);
      state.edge.endpoints.set(id, endpoint);
      return vns3Response(endpointJson(endpoint, now));
    },
  },
  {
    method: 'GET',
    pattern: '/ipsec/endpoints/:endpointId',
    gate: 'license',
    handle: (context) => {
      const endpoint = findEndpoint(context);
      return isOutcome(endpoint) ? endpoint : vns3Response(endpointJson(endpoint, context.now));
    },
  },
  {
    method: 'PUT',
    pattern: '/ipsec/endpoints/:endpointId',
    gate: 'license',
    handle: withEndpoint((endpoint, body, { state, now }) => {
      const problem = checkEndpoint(body, state.edge, false, endpoint.id);
      if (problem) return badRequest(problem);
      applyEndpoint(endpoint, body);
      return vns3Response(endpointJson(endpoint, now));
    }),
  },
  {
    method: 'DELETE',
    pattern: '/ipsec/endpoints/:endpointId',
    gate: 'license',
    handle: (context) => {
      const endpoint = findEndpoint(context);
      if (isOutcome(endpoint)) return endpoint;
      const { edge } = context.state;
      edge.endpoints.delete(endpoint.id);
      edge.history = edge.history.filter((event) => event.endpointId !== endpoint.id);
      return vns3Response(ipsecTreeJson(edge, context.now));
    },
  },
  {
    method: 'POST',
    pattern: '/ipsec/endpoints/:endpointId/tunnels',
    gate: 'license',
    handle: withEndpoint((endpoint, body, { state, now }) => {
      const problem = checkSubnets(body, true, false);
      if (problem) return badRequest(problem);
      const local = isCidr(body.local_subnet)
        ? body.local_subnet
        : state.edge.thisEndpoint.overlaySubnet;
      const remote = body.remote_subnet as string;
      if (subnetsTaken(endpoint, local, remote)) {
        return badRequest('remote_subnet: this endpoint already has that subnet pair');
      }
      if (countTunnels(state.edge) >= state.edge.tunnelLimit) return limitReached();
      const id = state.edge.nextId.tunnel++;
      const tunnel: Tunnel = {
        id,
        endpointId: endpoint.id,
        localSubnet: local,
        remoteSubnet: remote,
        enabled: body.enabled !== false,
        up: true,
        description: typeof body.description === 'string' ? body.description : null,
        pingIpaddress: '',
        pingInterval: null,
        pingInterface: 'eth0',
        bytesIn: 0,
        bytesOut: 0,
        rateIn: 20_000 + ((id * 7_919) % 50_000),
        rateOut: 8_000 + ((id * 6_007) % 20_000),
        countedAt: now,
        bounced: false,
      };
      applyPing(tunnel, body);
      endpoint.tunnels.set(id, tunnel);
      if (tunnel.enabled) record(state.edge, tunnel, 'up', now);
      return vns3Response(endpointJson(endpoint, now));
    }),
  },
  {
    method: 'PUT',
    pattern: '/ipsec/endpoints/:endpointId/tunnels/:tunnelId',
    gate: 'license',
    handle: withEndpoint((endpoint, body, { state, params, now }) => {
      const tunnel = endpoint.tunnels.get(Number(params.tunnelId));
      if (!tunnel) return notFound('tunnel_id does not exist');
      const problem =
        checkSubnets(body, false, false) ??
        (optionalBoolean(body.bounce) ? null : 'bounce must be a boolean');
      if (problem) return badRequest(problem);
      const local = isCidr(body.local_subnet) ? body.local_subnet : tunnel.localSubnet;
      const remote = isCidr(body.remote_subnet) ? body.remote_subnet : tunnel.remoteSubnet;
      if (subnetsTaken(endpoint, local, remote, tunnel.id)) {
        return badRequest('remote_subnet: this endpoint already has that subnet pair');
      }
      settleCounters(tunnel, now);
      const wasConnected = tunnel.enabled && tunnel.up;
      tunnel.localSubnet = local;
      tunnel.remoteSubnet = remote;
      if (typeof body.enabled === 'boolean') tunnel.enabled = body.enabled;
      applyPing(tunnel, body);
      tunnel.bounced = body.bounce === true;
      if (body.bounce === true && tunnel.enabled) {
        if (wasConnected) record(state.edge, tunnel, 'down', now);
        tunnel.up = true;
        record(state.edge, tunnel, 'up', now);
      } else if (wasConnected !== (tunnel.enabled && tunnel.up)) {
        record(state.edge, tunnel, wasConnected ? 'down' : 'up', now);
      }
      return vns3Response(tunnelJson(tunnel, endpoint, now));
    }),
  },
  {
    method: 'DELETE',
    pattern: '/ipsec/endpoints/:endpointId/tunnels/:tunnelId',
    gate: 'license',
    handle: withEndpoint((endpoint, _body, { state, params, now }) => {
      const id = Number(params.tunnelId);
      if (!endpoint.tunnels.delete(id)) return notFound('tunnel_id does not exist');
      state.edge.history = state.edge.history.filter((event) => event.tunnelId !== id);
      return vns3Response(endpointJson(endpoint, now));
    }),
  },
  {
    method: 'POST',
    pattern: '/ipsec/endpoints/:endpointId/traffic_pairs',
    gate: 'license',
    handle: withEndpoint((endpoint, body, { state, now }) => {
      const problem = checkSubnets(body, true, true);
      if (problem) return badRequest(problem);
      const local = body.local_subnet as string;
      const remote = body.remote_subnet as string;
      if (subnetsTaken(endpoint, local, remote)) {
        return badRequest('remote_subnet: this endpoint already has that subnet pair');
      }
      if (countTunnels(state.edge) >= state.edge.tunnelLimit) return limitReached();
      const id = state.edge.nextId.pair++;
      const pair: TrafficPair = {
        id,
        endpointId: endpoint.id,
        localSubnet: local,
        remoteSubnet: remote,
        pingIpaddress: null,
        pingInterface: 'eth0',
        pingInterval: 10,
        enabled: body.enabled !== false,
        description: null,
        createdAt: now,
        updatedAt: now,
      };
      applyPing(pair, body);
      endpoint.trafficPairs.set(id, pair);
      return vns3Response(pairJson(pair));
    }),
  },
  ...(['PUT', 'DELETE'] as const).map((method): Vns3Route => ({
    method,
    pattern: '/ipsec/endpoints/:endpointId/traffic_pairs/:pairId',
    gate: 'license',
    handle: withEndpoint((endpoint, body, { params, now }) => {
      const pair = endpoint.trafficPairs.get(Number(params.pairId));
      if (!pair) return notFound('pair_id does not exist');
      if (method === 'DELETE') {
        endpoint.trafficPairs.delete(pair.id);
        return vns3Response(pairJson(pair));
      }
      const problem = checkSubnets(body, false, false);
      if (problem) return badRequest(problem);
      const local = isCidr(body.local_subnet) ? body.local_subnet : pair.localSubnet;
      const remote = isCidr(body.remote_subnet) ? body.remote_subnet : pair.remoteSubnet;
      if (subnetsTaken(endpoint, local, remote, pair.id)) {
        return badRequest('remote_subnet: this endpoint already has that subnet pair');
      }
      pair.localSubnet = local;
      pair.remoteSubnet = remote;
      if (typeof body.enabled === 'boolean') pair.enabled = body.enabled;
      applyPing(pair, body);
      pair.updatedAt = now;
      return vns3Response(pairJson(pair));
    }),
  })),
  ...(['enable', 'disable'] as const).map((action): Vns3Route => ({
    method: 'PUT',
    pattern: `/ipsec/endpoints/:endpointId/traffic_pairs/:pairId/${action}`,
    gate: 'license',
    handle: withEndpoint((endpoint, _body, { params, now }) => {
      const pair = endpoint.trafficPairs.get(Number(params.pairId));
      if (!pair) return notFound('pair_id does not exist');
      pair.enabled = action === 'enable';
      pair.updatedAt = now;
      return vns3Response(pairJson(pair));
    }),
  })),
  {
    method: 'POST',
    pattern: '/ipsec/endpoints/:endpointId/ebgp_peers',
    gate: 'license',
    handle: withEndpoint((endpoint, body, { state, now }) => {
      const problem = checkPeer(body, true);
      if (problem) return badRequest(problem);
      if ([...endpoint.bgpPeers.values()].some((peer) => peer.ipaddress === body.ipaddress)) {
        return badRequest('ipaddress: this endpoint already has a peer at that address');
      }
      const id = state.edge.nextId.peer++;
      const peer: BgpPeer = {
        id,
        ipaddress: '',
        asn: 0,
        localAsnAlias: null,
        accessList: '',
        bgpPassword: '',
        holdTime: 90,
        keepaliveInterval: 30,
        addNetworkDistance: false,
        addNetworkDistanceDirection: 'in',
        addNetworkDistanceHops: 1,
      };
      applyPeer(peer, body);
      endpoint.bgpPeers.set(id, peer);
      return vns3Response(endpointJson(endpoint, now));
    }),
  },
  ...(['GET', 'PUT', 'DELETE'] as const).map((method): Vns3Route => ({
    method,
    pattern: '/ipsec/endpoints/:endpointId/ebgp_peers/:peerId',
    gate: 'license',
    handle: withEndpoint((endpoint, body, { params, url, now }) => {
      const peer = endpoint.bgpPeers.get(Number(params.peerId));
      if (!peer) return notFound('bgp_peer_id does not exist');
      if (method === 'GET') {
        const verbose = url.searchParams.get('verbose') === 'true';
        return vns3Response({
          ...peerJson(peer),
          ...(verbose ? { connection_detail: peerConnectionDetail(peer) } : {}),
        });
      }
      if (method === 'DELETE') endpoint.bgpPeers.delete(peer.id);
      else {
        const problem = checkPeer(body, false);
        if (problem) return badRequest(problem);
        applyPeer(peer, body);
      }
      return vns3Response(endpointJson(endpoint, now));
    }),
  })),
];
