import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { namespacesKeys } from './keys';
import { namespaceSchema } from './schemas';

export const namespacePath = (tenant: string) => `/api/namespaces/${encodeURIComponent(tenant)}`;

/** GET /api/namespaces/{tenant}: name, settings and members of one namespace. */
export function namespaceQuery(connectionId: string, client: HttpClient, tenant: string) {
  return queryOptions({
    queryKey: namespacesKeys.namespace(connectionId, tenant),
    queryFn: ({ signal }) => client.json({ path: namespacePath(tenant), signal }, namespaceSchema),
  });
}
