import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { gatewayKeys } from './keys';
import { gw } from './paths';
import { appsStatesSchema } from './schemas';

export function appsStatesQuery(connectionId: string, client: HttpClient, uuid: string) {
  return queryOptions({
    queryKey: gatewayKeys.deviceData(connectionId, uuid, 'apps-states'),
    queryFn: async ({ signal }) =>
      (await client.json({ path: gw.deviceData(uuid, 'apps-states'), signal }, appsStatesSchema))
        .apps_states ?? [],
  });
}
