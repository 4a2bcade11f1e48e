export const gatewayKeys = {
  all: (connectionId: string) => [connectionId, 'gateway'] as const,
  devices: (connectionId: string) => [connectionId, 'gateway', 'devices'] as const,
  devicePage: (connectionId: string, page: { offset: number; limit: number; orderBy: string }) =>
    [connectionId, 'gateway', 'devices', 'page', page] as const,
  device: (connectionId: string, uuid: string) =>
    [connectionId, 'gateway', 'devices', 'detail', uuid] as const,
  deviceData: (connectionId: string, uuid: string, what: string, ...rest: string[]) =>
    [connectionId, 'gateway', 'devices', 'detail', uuid, what, ...rest] as const,
  denied: (connectionId: string) => [connectionId, 'gateway', 'denied'] as const,
  knownLabels: (connectionId: string) => [connectionId, 'gateway', 'known-labels'] as const,
  groups: (connectionId: string) => [connectionId, 'gateway', 'groups'] as const,
  configs: (connectionId: string) => [connectionId, 'gateway', 'configs'] as const,
  config: (connectionId: string, level: string, name: string) =>
    [connectionId, 'gateway', 'configs', level, name] as const,
  updates: (connectionId: string) => [connectionId, 'gateway', 'updates'] as const,
  tagUpdates: (connectionId: string, tag: string) =>
    [connectionId, 'gateway', 'updates', 'tag', tag] as const,
  update: (connectionId: string, tag: string, name: string) =>
    [connectionId, 'gateway', 'updates', 'detail', tag, name] as const,
  tufRoot: (connectionId: string, version: string) =>
    [connectionId, 'gateway', 'tuf-root', version] as const,
};
