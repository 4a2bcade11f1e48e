import { useMemo } from 'react';
import type { HttpClient } from '@/api/http';
import { useCurrentConnection } from '@/connections/ConnectionContext';
import type { Connection } from '@/connections/schema';
import { targetOf } from '@/connections/target';
import { type Session, sessionStore, useSession } from './sessionStore';
import { AUTH_STRATEGIES } from './strategies';

export interface ConnectionClient {
  connection: Connection;
  session: Session;
  client: HttpClient;
}

/** A client signed with the session's credential; a response that ends the session signs out. */
export function clientForSession(connection: Connection, session: Session): HttpClient {
  const strategy = AUTH_STRATEGIES[connection.kind];
  return strategy.createClient(targetOf(connection), session.credential, {
    onApiError(error) {
      const notice = strategy.endsSession(error);
      if (notice && sessionStore.get(connection.id) === session) {
        sessionStore.signOut(connection.id, notice);
      }
    },
  });
}

/** For pages below the session guard of a /c/:connectionId route. */
export function useConnectionClient(): ConnectionClient {
  const connection = useCurrentConnection();
  const session = useSession(connection.id);
  if (!session) throw new Error('useConnectionClient is used outside the session guard');
  const client = useMemo(() => clientForSession(connection, session), [connection, session]);
  return { connection, session, client };
}
