export const clientpackKeys = {
  all: (connectionId: string) => [connectionId, 'clientpacks'] as const,
  list: (connectionId: string) => [connectionId, 'clientpacks', 'list'] as const,
  clients: (connectionId: string) => [connectionId, 'clientpacks', 'connected-clients'] as const,
};
