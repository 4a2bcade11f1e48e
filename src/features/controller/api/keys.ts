const root = (connectionId: string) => [connectionId, 'controller'] as const;

/** Query keys of the VNS3 controller feature, rooted at the connection. */
export const controllerKeys = {
  all: root,
  license: (c: string) => [...root(c), 'license'] as const,
  keyset: (c: string) => [...root(c), 'keyset'] as const,
  ssl: (c: string) => [...root(c), 'ssl'] as const,
  snapshots: (c: string) => [...root(c), 'snapshots'] as const,
  tokens: (c: string) => [...root(c), 'tokens'] as const,
  accessUrls: (c: string) => [...root(c), 'access-urls'] as const,
  remoteSupport: (c: string) => [...root(c), 'remote-support'] as const,
  cloudData: (c: string) => [...root(c), 'cloud-data'] as const,
  alerts: (c: string) => [...root(c), 'alerts'] as const,
  alertEvents: (c: string) => [...root(c), 'alert-events'] as const,
  webhooks: (c: string) => [...root(c), 'webhooks'] as const,
  ms: (c: string) => [...root(c), 'ms'] as const,
  packetMonitors: (c: string) => [...root(c), 'packet-monitors'] as const,
  containerSystem: (c: string) => [...root(c), 'container-system'] as const,
  images: (c: string) => [...root(c), 'container-images'] as const,
  containers: (c: string) => [...root(c), 'containers'] as const,
  containerLogs: (c: string, uuid: string, lines: number) =>
    [...root(c), 'containers', uuid, 'logs', lines] as const,
  pluginCatalog: (c: string) => [...root(c), 'plugin-catalog'] as const,
  plugins: (c: string) => [...root(c), 'plugins'] as const,
  pluginInstances: (c: string) => [...root(c), 'plugin-instances'] as const,
  instanceLog: (c: string, id: number) => [...root(c), 'plugin-instances', id, 'log'] as const,
};
