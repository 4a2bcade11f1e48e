import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { shKeys } from './keys';
import { statsSchema } from './schemas';

/** GET /api/stats: device counts and active sessions. */
export function statsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: shKeys.stats(connectionId),
    queryFn: ({ signal }) => client.json({ path: '/api/stats', signal }, statsSchema),
  });
}
