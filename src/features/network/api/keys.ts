export const networkKeys = {
  systemStatus: (connectionId: string) => [connectionId, 'vns3', 'status', 'system'] as const,
  connectedSubnets: (connectionId: string) =>
    [connectionId, 'vns3', 'status', 'connected-subnets'] as const,
  routes: (connectionId: string) => [connectionId, 'network', 'routes'] as const,
  peering: (connectionId: string) => [connectionId, 'network', 'peering'] as const,
  interfaces: (connectionId: string) => [connectionId, 'network', 'interfaces'] as const,
  addresses: (connectionId: string, interfaceId: number) =>
    [connectionId, 'network', 'interfaces', interfaceId, 'addresses'] as const,
  links: (connectionId: string) => [connectionId, 'network', 'links'] as const,
  linkLogs: (connectionId: string, linkId: number) =>
    [connectionId, 'network', 'links', linkId, 'logs'] as const,
  globalPolicies: (connectionId: string, type: string) =>
    [connectionId, 'network', 'links', 'global-policies', type] as const,
};
