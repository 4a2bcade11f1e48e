import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { accountKeys } from './keys';

export interface ProfileChanges {
  name?: string;
  username?: string;
  email?: string;
  recovery_email?: string;
  password?: string;
  current_password?: string;
}

/** `PATCH /api/users`: send only what changed. */
export async function updateProfile(client: HttpClient, changes: ProfileChanges) {
  await client.send({ method: 'PATCH', path: '/api/users', body: { ...changes } });
}

export function useUpdateProfile(client: HttpClient, connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ProfileChanges) => updateProfile(client, changes),
    onSuccess: (_data, changes) => {
      // A password change alters nothing the console shows.
      if (Object.keys(changes).some((key) => key !== 'password' && key !== 'current_password')) {
        return queryClient.invalidateQueries({ queryKey: accountKeys.user(connectionId) });
      }
    },
  });
}
