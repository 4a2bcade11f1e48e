/** Query keys of ShellHub devices, sessions, rules, keys, containers and connectors. */
export const shKeys = {
  devices: (connectionId: string, kind: 'device' | 'container') =>
    [connectionId, 'shellhub', kind] as const,
  deviceList: (connectionId: string, kind: 'device' | 'container', params: object) =>
    [connectionId, 'shellhub', kind, 'list', params] as const,
  device: (connectionId: string, kind: 'device' | 'container', uid: string) =>
    [connectionId, 'shellhub', kind, 'detail', uid] as const,
  stats: (connectionId: string) => [connectionId, 'shellhub', 'stats'] as const,
  tags: (connectionId: string) => [connectionId, 'shellhub', 'tags'] as const,
  sessions: (connectionId: string) => [connectionId, 'shellhub', 'sessions'] as const,
  sessionList: (connectionId: string, page: number, perPage: number) =>
    [connectionId, 'shellhub', 'sessions', 'list', page, perPage] as const,
  session: (connectionId: string, uid: string) =>
    [connectionId, 'shellhub', 'sessions', 'detail', uid] as const,
  recording: (connectionId: string, uid: string) =>
    [connectionId, 'shellhub', 'recording', uid] as const,
  rules: (connectionId: string) => [connectionId, 'shellhub', 'firewall-rules'] as const,
  rule: (connectionId: string, id: string) =>
    [connectionId, 'shellhub', 'firewall-rules', 'detail', id] as const,
  publicKeys: (connectionId: string) => [connectionId, 'shellhub', 'public-keys'] as const,
  /** Billing facts read by the device-accept flow (not the billing page's cache). */
  acceptBilling: (connectionId: string, tenant: string) =>
    [connectionId, 'shellhub', 'accept-billing', tenant] as const,
  devicesMostUsed: (connectionId: string) =>
    [connectionId, 'shellhub', 'accept-billing', 'devices-most-used'] as const,
  connectors: (connectionId: string) => [connectionId, 'shellhub', 'connectors'] as const,
  connector: (connectionId: string, uid: string) =>
    [connectionId, 'shellhub', 'connectors', 'detail', uid] as const,
  connectorInfo: (connectionId: string, uid: string) =>
    [connectionId, 'shellhub', 'connectors', 'info', uid] as const,
};

export type ItemKind = 'device' | 'container';

export const basePath = (kind: ItemKind): string =>
  kind === 'device' ? '/api/devices' : '/api/containers';
