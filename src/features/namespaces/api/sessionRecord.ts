import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { namespacesKeys } from './keys';

/** GET /api/users/security: whether the token's namespace records sessions (seed 0.17.1). */
export function sessionRecordQuery(connectionId: string, client: HttpClient, tenant: string) {
  return queryOptions({
    queryKey: [...namespacesKeys.namespace(connectionId, tenant), 'session-record'] as const,
    queryFn: ({ signal }) => client.json({ path: '/api/users/security', signal }, z.boolean()),
  });
}
