import { Alert, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { describeError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { jwtExpiresAt } from '@/api/shellhub/userAuth';
import { credentialFromAuth } from '@/auth/shellhub/credential';
import { sessionStore } from '@/auth/sessionStore';
import { renewToken } from '../api/renewToken';

const when = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * ShellHub tokens last 72 hours with no refresh token; a fresh one for the same namespace moves
 * the sign-out further away. The namespace does not change, so cached pages stay valid.
 */
export function RenewSession({
  client,
  connectionId,
  jwt,
  tenant,
}: {
  client: HttpClient;
  connectionId: string;
  jwt: string;
  tenant: string;
}) {
  const expiresAt = jwtExpiresAt(jwt);
  const renew = useMutation({
    mutationFn: () => renewToken(client, tenant),
    onSuccess: (auth) => {
      sessionStore.replaceCredential(connectionId, credentialFromAuth(auth));
      const next = jwtExpiresAt(auth.token);
      notifications.show({
        color: 'teal',
        title: 'Sign-in renewed',
        message: next ? `Your sign-in now lasts until ${when(next)}.` : 'Your sign-in was renewed.',
      });
    },
  });
  return (
    <Stack align="flex-start" gap="sm">
      <Text size="sm">
        {expiresAt
          ? `Your sign-in ends ${when(expiresAt)}; you will be asked to sign in again then.`
          : 'Your sign-in token does not say when it ends.'}
      </Text>
      {renew.error ? (
        <Alert color="red" role="alert" title="The sign-in was not renewed" w="100%">
          {describeError(renew.error)}
        </Alert>
      ) : null}
      <Button variant="default" loading={renew.isPending} onClick={() => renew.mutate()}>
        Renew sign-in
      </Button>
    </Stack>
  );
}
