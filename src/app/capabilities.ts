import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { endpointsQuery } from '@/api/jidoteki/endpoints';
import { useSession } from '@/auth/sessionStore';
import { clientForSession } from '@/auth/useConnectionClient';
import type { Connection } from '@/connections/schema';

export interface Capabilities {
  ready: boolean;
  has(capability: string): boolean;
}

/**
 * What the backend says it offers. Jidoteki lists its enabled endpoints; items that need one stay
 * hidden until the list has arrived, so optional modules never flash.
 */
export function useCapabilities(connection: Connection): Capabilities {
  const isJidoteki = connection.kind === 'jidoteki';
  const session = useSession(connection.id);
  const client = useMemo(
    () => (isJidoteki && session ? clientForSession(connection, session) : null),
    [isJidoteki, connection, session],
  );
  const query = useQuery(endpointsQuery(connection.id, client));
  if (!isJidoteki) return { ready: true, has: () => true };
  const endpoints = new Set(query.data ?? []);
  return { ready: query.isSuccess, has: (capability) => endpoints.has(capability) };
}
