import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { gatewayKeys } from './keys';
import { gw } from './paths';
import { stringListSchema } from './schemas';

export function knownLabelsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: gatewayKeys.knownLabels(connectionId),
    queryFn: async ({ signal }) =>
      (await client.json({ path: gw.knownLabels, signal }, stringListSchema)) ?? [],
  });
}
