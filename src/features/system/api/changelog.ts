import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';
import { systemKeys } from './keys';

export function changelogQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: systemKeys.changelog(connectionId),
    queryFn: ({ signal }) => client.text({ path: jidotekiPath('changelog'), signal }),
    staleTime: 5 * 60_000,
  });
}
