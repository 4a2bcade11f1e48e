export const systemKeys = {
  all: (connectionId: string) => [connectionId, 'system'] as const,
  changelog: (connectionId: string) => [connectionId, 'system', 'changelog'] as const,
  build: (connectionId: string) => [connectionId, 'system', 'build'] as const,
  health: (connectionId: string) => [connectionId, 'system', 'health'] as const,
  services: (connectionId: string) => [connectionId, 'system', 'services'] as const,
};
