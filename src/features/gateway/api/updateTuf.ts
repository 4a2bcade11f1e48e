import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { gatewayKeys } from './keys';
import { gw } from './paths';
import { jsonObjectSchema } from './schemas';

export function updateTufQuery(
  connectionId: string,
  client: HttpClient,
  tag: string,
  name: string,
) {
  return queryOptions({
    queryKey: [...gatewayKeys.update(connectionId, tag, name), 'tuf'],
    queryFn: ({ signal }) =>
      client.json({ path: gw.update(tag, name, 'tuf'), signal }, jsonObjectSchema),
  });
}
