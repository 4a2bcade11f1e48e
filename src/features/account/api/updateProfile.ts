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

export type ProfileData = Pick<ProfileChanges, 'name' | 'username' | 'email' | 'recovery_email'>;

/** `PATCH /api/users`: send only what changed. */
export async function updateProfile(client: HttpClient, changes: ProfileChanges) {
  await client.send({ method: 'PATCH', path: '/api/users', body: { ...changes } });
}

const userPath = (id: string, rest: string) => `/api/users/${encodeURIComponent(id)}/${rest}`;

/** `PATCH /api/users/{id}/data`: the seed's profile route; only what changed. */
export async function updateUserData(client: HttpClient, id: string, changes: ProfileData) {
  await client.send({ method: 'PATCH', path: userPath(id, 'data'), body: { ...changes } });
}

/** `PATCH /api/users/{id}/password {current_password, new_password}`. */
export async function changePassword(
  client: HttpClient,
  id: string,
  body: { current_password: string; new_password: string },
) {
  await client.send({ method: 'PATCH', path: userPath(id, 'password'), body });
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

export function useUpdateUserData(client: HttpClient, connectionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ProfileData) => updateUserData(client, id, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.user(connectionId) }),
  });
}
