import { badRequest, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import { ipsecStatusJson, isConnected } from './serialize.ts';
import type { EdgeState } from './state.ts';
import { isCidr, netmaskOf } from './validate.ts';

type Origin = 'ipsec' | 'local_no_encryption' | 'ebgp';

function connectedSubnets(edge: EdgeState): { cidr: string; origin: Origin }[] {
  const seen = new Map<string, Origin>();
  for (const routeItem of edge.routes.values()) {
    if (routeItem.enabled && routeItem.interface !== 'tun0') {
      seen.set(routeItem.cidr, 'local_no_encryption');
    }
  }
  for (const endpoint of edge.endpoints.values()) {
    for (const tunnel of endpoint.tunnels.values()) {
      if (isConnected(tunnel)) seen.set(tunnel.remoteSubnet, 'ipsec');
    }
    for (const peer of endpoint.bgpPeers.values()) {
      for (const line of peer.accessList.split('\n')) {
        const cidr = /^in permit (\S+)$/.exec(line.trim())?.[1];
        if (cidr && !seen.has(cidr)) seen.set(cidr, 'ebgp');
      }
    }
  }
  return [...seen].map(([cidr, origin]) => ({ cidr, origin }));
}

const epochSeconds = (ms: number) => Math.floor(ms / 1000);

/** Load moves with time so the dashboard's figures are not frozen. */
function wave(now: number, periodMs: number, low: number, high: number) {
  const phase = (now % periodMs) / periodMs;
  return low + ((Math.sin(phase * 2 * Math.PI) + 1) / 2) * (high - low);
}

export function systemStatusJson(edge: EdgeState, version: string, now: number) {
  const user = wave(now, 60_000, 2, 14);
  const stamp = String(epochSeconds(now));
  return {
    timestamp: new Date(now).toISOString(),
    timestamp_i: epochSeconds(now),
    vns3_version: version,
    kernel_version: '5.15.0-1051-aws',
    uptime: epochSeconds(now - edge.startedAt),
    loadavg: [wave(now, 45_000, 0.1, 0.9), 0.42, 0.37].map((value) => value.toFixed(2)),
    meminfo: ['MemTotal: 3979192 kB', `MemFree: ${Math.round(wave(now, 90_000, 1.1e6, 1.6e6))} kB`],
    swapinfo: ['SwapTotal: 0 kB', 'SwapFree: 0 kB'],
    diskinfo: [
      ['Filesystem', 'Size', 'Used', 'Avail', 'Use%', 'Mounted on'],
      ['/dev/root', '16G', '5.2G', '11G', '33%', '/'],
    ],
    container_system: {
      container_system_running: true,
      images_limit: 5,
      images_stored: 1,
      containers_limit: 5,
      containers_active: 1,
      container_network: '198.51.100.0/28',
    },
    data: {
      sysstat: [
        ['vnscubed', '597', stamp, 'all', '%user', user.toFixed(2)],
        ['vnscubed', '597', stamp, 'all', '%system', (user / 3).toFixed(2)],
        ['vnscubed', '597', stamp, 'all', '%iowait', '0.51'],
        ['vnscubed', '597', stamp, 'all', '%idle', (100 - user * 1.33 - 0.51).toFixed(2)],
      ],
    },
  };
}

export const statusRoutes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/status/ipsec',
    gate: 'license',
    handle: ({ state, url, now }) => {
      const status = ipsecStatusJson(state.edge, now);
      if (url.searchParams.get('up_down_status_only') !== 'true') return vns3Response(status);
      return vns3Response(
        Object.fromEntries(
          Object.entries(status).map(([id, tunnel]) => [id, { connected: tunnel.connected }]),
        ),
      );
    },
  },
  {
    method: 'GET',
    pattern: '/status/link_history',
    gate: 'license',
    handle: ({ state, url }) => {
      const remote = url.searchParams.get('remote');
      const local = url.searchParams.get('local');
      const tunnelParam = url.searchParams.get('tunnelid');
      if (remote !== null && !isCidr(remote)) return badRequest('bad or invalid remote');
      if (local !== null && !isCidr(local)) return badRequest('bad or invalid local');
      if (tunnelParam !== null && !/^\d+$/.test(tunnelParam)) {
        return badRequest('bad or invalid tunnelid');
      }
      const tunnelid = tunnelParam === null ? undefined : Number(tunnelParam);
      const history = state.edge.history
        .filter(
          (event) =>
            (remote === null || event.remote === remote) &&
            (local === null || event.local === local) &&
            (tunnelid === undefined || event.tunnelId === tunnelid),
        )
        .sort((a, b) => b.at - a.at)
        .map((event) => ({
          event: event.event,
          timestamp: new Date(event.at).toISOString(),
          timestamp_i: epochSeconds(event.at),
          tunnelid: event.tunnelId,
        }));
      return vns3Response({
        ...(remote !== null ? { remote } : {}),
        ...(local !== null ? { local } : {}),
        ...(tunnelid !== undefined ? { tunnelid } : {}),
        history,
      });
    },
  },
  {
    method: 'GET',
    pattern: '/status/connected_subnets',
    gate: 'license',
    handle: ({ state, url }) => {
      const subnets = connectedSubnets(state.edge);
      if (url.searchParams.get('extended_output') === 'true') {
        return vns3Response(
          subnets.map(({ cidr, origin }) => ({
            network: cidr.split('/')[0],
            netmask: netmaskOf(cidr),
            cidr,
            origin,
          })),
        );
      }
      return vns3Response(subnets.map(({ cidr }) => [cidr.split('/')[0], netmaskOf(cidr)]));
    },
  },
  {
    method: 'GET',
    pattern: '/status/system',
    gate: 'license',
    handle: ({ state, now }) => vns3Response(systemStatusJson(state.edge, state.version, now)),
  },
  {
    method: 'GET',
    pattern: '/status',
    gate: 'license',
    handle: ({ state, now }) =>
      vns3Response({
        ipsec: ipsecStatusJson(state.edge, now),
        connected_clients: {},
        connected_subnets: connectedSubnets(state.edge).map(({ cidr }) => [
          cidr.split('/')[0],
          netmaskOf(cidr),
        ]),
      }),
  },
];
