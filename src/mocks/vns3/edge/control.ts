import type { Vns3SliceControl } from '../routes.ts';
import { createDemoEdgeState, createEmptyEdgeState } from './seed.ts';
import { settleCounters } from './serialize.ts';

export const edgeControl: Vns3SliceControl = {
  fields: ['edgeSeed', 'tunnelLimit', 'downTunnels'],
  parse(name, value) {
    switch (name) {
      case 'edgeSeed':
        if (value !== 'demo' && value !== 'empty') return 'edgeSeed must be "demo" or "empty"';
        return (state, now) =>
          void (state.edge =
            value === 'demo' ? createDemoEdgeState(now) : createEmptyEdgeState(now));
      case 'tunnelLimit':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
          return 'tunnelLimit must be an integer >= 0';
        }
        return (state) => void (state.edge.tunnelLimit = value);
      case 'downTunnels':
        if (!Array.isArray(value) || !value.every((id) => Number.isInteger(id))) {
          return 'downTunnels must be a list of tunnel ids';
        }
        return (state, now) => {
          for (const endpoint of state.edge.endpoints.values()) {
            for (const tunnel of endpoint.tunnels.values()) {
              settleCounters(tunnel, now);
              tunnel.up = !(value as number[]).includes(tunnel.id);
            }
          }
        };
      default:
        return `Unknown control field: ${name}`;
    }
  },
  snapshot: (state) => {
    const { edge } = state;
    return {
      tunnelLimit: edge.tunnelLimit,
      ipsecEndpoints: [...edge.endpoints.values()].map((endpoint) => ({
        id: endpoint.id,
        name: endpoint.name,
        ipaddress: endpoint.ipaddress,
        psk: endpoint.psk,
        ikeVersion: endpoint.ikeVersion,
        tunnels: [...endpoint.tunnels.values()].map(
          ({ id, localSubnet, remoteSubnet, enabled, up }) => ({
            id,
            localSubnet,
            remoteSubnet,
            enabled,
            up,
          }),
        ),
        trafficPairs: [...endpoint.trafficPairs.values()].map(
          ({ id, localSubnet, remoteSubnet, enabled }) => ({
            id,
            localSubnet,
            remoteSubnet,
            enabled,
          }),
        ),
        bgpPeers: [...endpoint.bgpPeers.values()].map(({ id, ipaddress, asn }) => ({
          id,
          ipaddress,
          asn,
        })),
      })),
      routes: [...edge.routes.values()],
      peeringSelfId: edge.peering.selfId,
      peers: [...edge.peering.peers.values()],
      greInterfaces: [...edge.gre.values()],
      systemInterfaces: [...edge.interfaces.values()].map(({ addresses, ...rest }) => ({
        ...rest,
        addresses: [...addresses.values()],
      })),
      ipsecLocalIpaddress: edge.thisEndpoint.ipsecLocalIpaddress,
      links: [...edge.links.values()].map(({ id, name, connected, tags }) => ({
        id,
        name,
        connected,
        tags,
      })),
    };
  },
};
