import { queryOptions } from '@tanstack/react-query';
import { fetchUserAuth } from '@/api/shellhub/auth';
import type { HttpClient } from '@/api/http';
import { accountKeys } from './keys';

/** `GET /api/auth/user`: profile fields, MFA state and the role in the current namespace. */
export function currentUserQuery(client: HttpClient, connectionId: string) {
  return queryOptions({
    queryKey: accountKeys.user(connectionId),
    queryFn: ({ signal }) => fetchUserAuth(client, signal),
    staleTime: 30_000,
  });
}
