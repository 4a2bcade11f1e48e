import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { tokenForTenant } from '@/api/shellhub/auth';
import { adoptUserAuth } from '@/auth/shellhub/adoptUserAuth';

/** `GET /api/auth/token/{tenant}`; the new token replaces the session's and everything refetches. */
export function useSwitchNamespace(client: HttpClient, connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tenant: string) => tokenForTenant(client, tenant),
    onSuccess: (auth) => adoptUserAuth(queryClient, connectionId, auth),
  });
}
