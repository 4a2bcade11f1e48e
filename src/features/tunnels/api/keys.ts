export const tunnelsKeys = {
  ipsec: (connectionId: string) => [connectionId, 'tunnels', 'ipsec'] as const,
  endpoint: (connectionId: string, endpointId: number) =>
    [connectionId, 'tunnels', 'endpoint', endpointId] as const,
  bgpPeer: (connectionId: string, endpointId: number, peerId: number) =>
    [connectionId, 'tunnels', 'endpoint', endpointId, 'ebgp-peer', peerId] as const,
  history: (connectionId: string, tunnelId: number) =>
    [connectionId, 'tunnels', 'history', tunnelId] as const,
};
