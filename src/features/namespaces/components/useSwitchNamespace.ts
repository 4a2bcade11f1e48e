import { useMutation, useQueryClient } from '@tanstack/react-query';
import { tokenForTenant } from '@/api/shellhub/auth';
import type { UserAuth } from '@/api/shellhub/userAuth';
import { credentialFromAuth } from '@/auth/shellhub/credential';
import { sessionStore } from '@/auth/sessionStore';
import { useConnectionClient } from '@/auth/useConnectionClient';

/** Puts a `userAuth` (switch or leave answer) into the session, as the namespace switcher does. */
export function useAdoptUserAuth() {
  const { connection } = useConnectionClient();
  const queryClient = useQueryClient();
  return (auth: UserAuth) => {
    // Everything cached belonged to the old namespace; pages refetch with the new token.
    queryClient.removeQueries({ queryKey: [connection.id] });
    sessionStore.replaceCredential(connection.id, credentialFromAuth(auth));
  };
}

/** GET /api/auth/token/{tenant}: the session moves to that namespace with its role there. */
export function useSwitchNamespace() {
  const { client } = useConnectionClient();
  const adopt = useAdoptUserAuth();
  return useMutation({
    mutationFn: (tenant: string) => tokenForTenant(client, tenant),
    onSuccess: adopt,
  });
}
