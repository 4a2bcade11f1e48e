import { createContext, useContext } from 'react';
import type { Connection } from './schema';

export const ConnectionContext = createContext<Connection | null>(null);

export function useCurrentConnection(): Connection {
  const connection = useContext(ConnectionContext);
  if (!connection) throw new Error('useCurrentConnection is used outside a /c/:connectionId route');
  return connection;
}
