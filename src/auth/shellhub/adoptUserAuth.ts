import type { QueryClient } from '@tanstack/react-query';
import type { UserAuth } from '@/api/shellhub/userAuth';
import { sessionStore } from '../sessionStore';
import { credentialFromAuth } from './credential';

/**
 * Makes a `userAuth` (namespace switch, new namespace, leaving one) the session's credential.
 * Everything cached for the connection belonged to the old token's namespace: it is dropped, and
 * the pages refetch with the new token as they re-render.
 */
export function adoptUserAuth(queryClient: QueryClient, connectionId: string, auth: UserAuth) {
  queryClient.removeQueries({ queryKey: [connectionId] });
  sessionStore.replaceCredential(connectionId, credentialFromAuth(auth));
}
