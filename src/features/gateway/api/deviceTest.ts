import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { gatewayKeys } from './keys';
import { gw } from './paths';
import { targetTestSchema } from './schemas';

export function deviceTestQuery(
  connectionId: string,
  client: HttpClient,
  uuid: string,
  testId: string,
) {
  return queryOptions({
    queryKey: gatewayKeys.deviceData(connectionId, uuid, 'tests', testId),
    queryFn: ({ signal }) =>
      client.json({ path: gw.deviceData(uuid, 'tests', testId), signal }, targetTestSchema),
  });
}
