export const clientpackKeys = {
  all: (connectionId: string) => [connectionId, 'clientpacks'] as const,
  list: (connectionId: string) => [connectionId, 'clientpacks', 'list'] as const,
  detail: (connectionId: string, name: string) =>
    [connectionId, 'clientpacks', 'detail', name] as const,
  clients: (connectionId: string) => [connectionId, 'clientpacks', 'connected-clients'] as const,
};
