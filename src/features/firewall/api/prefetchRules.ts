import { isKnownReady } from '@/api/vns3/config';
import type { PagePrefetch } from '@/app/prefetchLoader';
import { groupsQuery } from './groups';
import { v2RulesQuery } from './v2Rules';
import { variablesQuery } from './variables';

/**
 * The firewall page's three lists, fetched as soon as it is opened. Only once the controller is
 * known to be licensed: otherwise the page explains the licence and asks for nothing.
 */
export const prefetchFirewallRules: PagePrefetch = (queryClient, connectionId, client) => {
  if (!isKnownReady(queryClient, connectionId, 'license')) return;
  void queryClient.prefetchQuery(v2RulesQuery(connectionId, client));
  void queryClient.prefetchQuery(variablesQuery(connectionId, client));
  void queryClient.prefetchQuery(groupsQuery(connectionId, client));
};
