import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { gatewayKeys } from './keys';
import { gw } from './paths';
import { deviceSchema } from './schemas';

export function deviceQuery(connectionId: string, client: HttpClient, uuid: string) {
  return queryOptions({
    queryKey: gatewayKeys.device(connectionId, uuid),
    queryFn: ({ signal }) => client.json({ path: gw.device(uuid), signal }, deviceSchema),
  });
}
