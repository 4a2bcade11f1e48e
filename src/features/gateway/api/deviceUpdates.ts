import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { gatewayKeys } from './keys';
import { gw } from './paths';
import { stringListSchema } from './schemas';

export function deviceUpdatesQuery(connectionId: string, client: HttpClient, uuid: string) {
  return queryOptions({
    queryKey: gatewayKeys.deviceData(connectionId, uuid, 'updates'),
    queryFn: async ({ signal }) =>
      (await client.json({ path: gw.deviceData(uuid, 'updates'), signal }, stringListSchema)) ?? [],
  });
}
