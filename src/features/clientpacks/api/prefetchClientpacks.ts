import { isKnownReady } from '@/api/vns3/config';
import type { PagePrefetch } from '@/app/prefetchLoader';
import { clientpacksQuery, connectedClientsQuery } from './clientpacks';

/**
 * The packs and the connected clients, fetched as soon as the page is opened. Only once the
 * controller is known to have its licence and keyset: otherwise the page explains what is missing.
 */
export const prefetchClientpacks: PagePrefetch = (queryClient, connectionId, client) => {
  if (!isKnownReady(queryClient, connectionId, 'keyset')) return;
  void queryClient.prefetchQuery(clientpacksQuery(connectionId, client));
  void queryClient.prefetchQuery(connectedClientsQuery(connectionId, client));
};
