export const systemKeys = {
  all: (connectionId: string) => [connectionId, 'system'] as const,
  changelog: (connectionId: string) => [connectionId, 'system', 'changelog'] as const,
  build: (connectionId: string) => [connectionId, 'system', 'build'] as const,
  health: (connectionId: string) => [connectionId, 'system', 'health'] as const,
  services: (connectionId: string) => [connectionId, 'system', 'services'] as const,
  settings: (connectionId: string) => [connectionId, 'system', 'settings'] as const,
  storage: (connectionId: string) => [connectionId, 'system', 'storage'] as const,
  certs: (connectionId: string) => [connectionId, 'system', 'certs'] as const,
  license: (connectionId: string) => [connectionId, 'system', 'license'] as const,
  backupStatus: (connectionId: string) => [connectionId, 'system', 'backup', 'status'] as const,
  backupLog: (connectionId: string) => [connectionId, 'system', 'backup', 'log'] as const,
};
