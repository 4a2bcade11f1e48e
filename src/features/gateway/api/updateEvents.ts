import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { gatewayKeys } from './keys';
import { gw } from './paths';
import { updateEventsSchema } from './schemas';

export function updateEventsQuery(
  connectionId: string,
  client: HttpClient,
  uuid: string,
  id: string,
) {
  return queryOptions({
    queryKey: gatewayKeys.deviceData(connectionId, uuid, 'updates', id),
    queryFn: ({ signal }) =>
      client.json({ path: gw.deviceData(uuid, 'updates', id), signal }, updateEventsSchema),
  });
}
