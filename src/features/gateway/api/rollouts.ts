import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { gatewayKeys } from './keys';
import { gw } from './paths';
import { stringListSchema } from './schemas';

export function rolloutsQuery(connectionId: string, client: HttpClient, tag: string, name: string) {
  return queryOptions({
    queryKey: [...gatewayKeys.update(connectionId, tag, name), 'rollouts'],
    queryFn: async ({ signal }) =>
      (await client.json({ path: gw.update(tag, name, 'rollouts'), signal }, stringListSchema)) ??
      [],
  });
}
