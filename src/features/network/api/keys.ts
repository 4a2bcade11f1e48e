export const networkKeys = {
  systemStatus: (connectionId: string) => [connectionId, 'vns3', 'status', 'system'] as const,
  connectedSubnets: (connectionId: string) =>
    [connectionId, 'vns3', 'status', 'connected-subnets'] as const,
  routes: (connectionId: string) => [connectionId, 'network', 'routes'] as const,
  peering: (connectionId: string) => [connectionId, 'network', 'peering'] as const,
  interfaces: (connectionId: string) => [connectionId, 'network', 'interfaces'] as const,
  systemInterfaces: (connectionId: string) =>
    [connectionId, 'network', 'interfaces', 'system'] as const,
  systemInterface: (connectionId: string, id: number) =>
    [connectionId, 'network', 'interfaces', 'system', id] as const,
  greInterfaces: (connectionId: string) => [connectionId, 'network', 'interfaces', 'gre'] as const,
  greInterface: (connectionId: string, id: number) =>
    [connectionId, 'network', 'interfaces', 'gre', id] as const,
  addresses: (connectionId: string, interfaceId: number) =>
    [connectionId, 'network', 'interfaces', interfaceId, 'addresses'] as const,
  address: (connectionId: string, interfaceId: number, addressId: number) =>
    [connectionId, 'network', 'interfaces', interfaceId, 'addresses', addressId] as const,
  links: (connectionId: string) => [connectionId, 'network', 'links'] as const,
  link: (connectionId: string, linkId: number) =>
    [connectionId, 'network', 'links', linkId] as const,
  linkLogs: (connectionId: string, linkId: number) =>
    [connectionId, 'network', 'links', linkId, 'logs'] as const,
  globalPolicies: (connectionId: string, type: string) =>
    [connectionId, 'network', 'links', 'global-policies', type] as const,
};
