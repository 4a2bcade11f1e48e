/** Query keys for Jidoteki data that the shell and several features share. */
export const jidotekiKeys = {
  all: (connectionId: string) => [connectionId, 'jidoteki'] as const,
  version: (connectionId: string) => [connectionId, 'jidoteki', 'version'] as const,
  endpoints: (connectionId: string) => [connectionId, 'jidoteki', 'endpoints'] as const,
};
