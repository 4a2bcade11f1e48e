export const accountKeys = {
  all: (connectionId: string) => [connectionId, 'account'] as const,
  user: (connectionId: string) => [connectionId, 'account', 'user'] as const,
  namespaces: (connectionId: string) => [connectionId, 'account', 'namespaces'] as const,
};
