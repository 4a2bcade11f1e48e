export const firewallKeys = {
  all: (connectionId: string) => [connectionId, 'firewall'] as const,
  v1Rules: (connectionId: string) => [connectionId, 'firewall', 'v1', 'rules'] as const,
  v1Sets: (connectionId: string, kind: string) =>
    [connectionId, 'firewall', 'v1', 'sets', kind] as const,
  v2Rules: (connectionId: string) => [connectionId, 'firewall', 'v2', 'rules'] as const,
  groups: (connectionId: string) => [connectionId, 'firewall', 'v2', 'groups'] as const,
  group: (connectionId: string, name: string) =>
    [connectionId, 'firewall', 'v2', 'groups', name] as const,
  fwsets: (connectionId: string) => [connectionId, 'firewall', 'v2', 'fwsets'] as const,
  fwset: (connectionId: string, name: string) =>
    [connectionId, 'firewall', 'v2', 'fwsets', name] as const,
  subtables: (connectionId: string) => [connectionId, 'firewall', 'v2', 'subtables'] as const,
  subtable: (connectionId: string, name: string) =>
    [connectionId, 'firewall', 'v2', 'subtables', name] as const,
  variables: (connectionId: string) => [connectionId, 'firewall', 'variables'] as const,
  variableCollections: (connectionId: string) =>
    [connectionId, 'firewall', 'variable-collections'] as const,
  v1SubgroupPositions: (connectionId: string) =>
    [connectionId, 'firewall', 'v1', 'sets', 'subgroup', 'verbose'] as const,
};
