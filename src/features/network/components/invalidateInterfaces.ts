import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { networkKeys } from '../api/keys';

/** After an interface of one kind changes: that kind's list and the all-interfaces list. */
export function invalidateInterfaces(
  queryClient: QueryClient,
  connectionId: string,
  kindList: QueryKey,
  item?: QueryKey,
) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: kindList, exact: true }),
    queryClient.invalidateQueries({ queryKey: networkKeys.interfaces(connectionId), exact: true }),
    item ? queryClient.invalidateQueries({ queryKey: item }) : null,
  ]);
}
