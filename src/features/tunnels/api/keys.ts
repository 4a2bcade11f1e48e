export const tunnelsKeys = {
  ipsec: (connectionId: string) => [connectionId, 'tunnels', 'ipsec'] as const,
  history: (connectionId: string, tunnelId: number) =>
    [connectionId, 'tunnels', 'history', tunnelId] as const,
};
