import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { accountKeys } from './keys';

export const namespaceSummarySchema = z.object({ tenant_id: z.string(), name: z.string() });
export type NamespaceSummary = z.infer<typeof namespaceSummarySchema>;

/** `GET /api/namespaces`: the namespaces the user belongs to (a user has at most a few). */
export function namespacesQuery(client: HttpClient, connectionId: string) {
  return queryOptions({
    queryKey: accountKeys.namespaces(connectionId),
    queryFn: ({ signal }) =>
      client.json(
        { path: '/api/namespaces', query: { page: '1', per_page: '100' }, signal },
        z.array(namespaceSummarySchema),
      ),
    staleTime: 60_000,
  });
}
