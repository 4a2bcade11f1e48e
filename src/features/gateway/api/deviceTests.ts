import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { gatewayKeys } from './keys';
import { gw } from './paths';
import { targetTestSchema } from './schemas';

export function deviceTestsQuery(connectionId: string, client: HttpClient, uuid: string) {
  return queryOptions({
    queryKey: gatewayKeys.deviceData(connectionId, uuid, 'tests'),
    queryFn: async ({ signal }) =>
      (await client.json(
        { path: gw.deviceData(uuid, 'tests'), signal },
        z.nullable(z.array(targetTestSchema)),
      )) ?? [],
  });
}
