import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { accountKeys } from './keys';

export const mfaCredentialsSchema = z.object({
  link: z.string().check(z.startsWith('otpauth://')),
  secret: z.string(),
  recovery_codes: z.array(z.string()),
});
export type MfaCredentials = z.infer<typeof mfaCredentialsSchema>;

/** `GET /api/user/mfa/generate`: a new secret and recovery codes, not active until enabled. */
export function generateMfa(client: HttpClient) {
  return client.json({ path: '/api/user/mfa/generate' }, mfaCredentialsSchema);
}

export async function enableMfa(
  client: HttpClient,
  body: { code: string; secret: string; recovery_codes: string[] },
) {
  await client.send({ method: 'PUT', path: '/api/user/mfa/enable', body });
}

export type DisableMfaBody =
  | { code: string }
  | { recovery_code: string }
  | { main_email_code: string; recovery_email_code: string };

export async function disableMfa(client: HttpClient, body: DisableMfaBody) {
  await client.send({ method: 'PUT', path: '/api/user/mfa/disable', body });
}

function useMfaMutation<T>(connectionId: string, run: (input: T) => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.user(connectionId) }),
  });
}

export const useEnableMfa = (client: HttpClient, connectionId: string) =>
  useMfaMutation(connectionId, (body: Parameters<typeof enableMfa>[1]) => enableMfa(client, body));

export const useDisableMfa = (client: HttpClient, connectionId: string) =>
  useMfaMutation(connectionId, (body: DisableMfaBody) => disableMfa(client, body));
