import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { describeError } from '@/api/errors';
import { type JidotekiCredential, toJidotekiCredential } from '@/auth/credentials';
import { sessionStore } from '@/auth/sessionStore';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { currentTokenSchema, verifyCredential } from '../api/signingMode';

function CleartextWarning({ active, remembered }: { active: boolean; remembered: boolean }) {
  return (
    <Alert
      color="yellow"
      variant="light"
      title={active ? 'The token travels in cleartext' : 'Token mode sends the token in cleartext'}
    >
      <Text size="sm">
        In token mode every request URL carries the token itself, where proxies, browser developer
        tools and the appliance&apos;s logs can record it. Anyone who reads one URL can use the
        appliance. Use it only for appliances older than API v1.9.0, which cannot check hashes.
        {remembered
          ? ' This session is remembered on this device, so the token is also kept in this browser’s storage.'
          : ''}
      </Text>
    </Alert>
  );
}

function ToTokenForm({ sessionKey }: { sessionKey: string }) {
  const { connection, client } = useConnectionClient();
  const schema = useMemo(() => currentTokenSchema(sessionKey), [sessionKey]);
  const form = useForm<{ token: string }>({
    resolver: zodResolver(schema),
    defaultValues: { token: '' },
  });
  const change = useMutation({
    mutationFn: async (token: string) => {
      const credential = toJidotekiCredential(token, 'token');
      await verifyCredential(client.options.target, credential);
      return credential;
    },
    onSuccess: (credential) => {
      sessionStore.replaceCredential(connection.id, credential);
      notifications.show({
        color: 'yellow',
        title: 'Requests now carry the token in the URL',
        message: `${connection.name} accepted the token in the URL.`,
      });
    },
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={form.handleSubmit((values) => change.mutate(values.token))} noValidate>
      <Stack>
        {change.isError ? (
          <Alert color="red" title="The signing mode was not changed">
            {describeError(change.error)}
          </Alert>
        ) : null}
        <PasswordInput
          label="Current API token"
          description="Type the token you signed in with; this console keeps only its sha256."
          autoComplete="current-password"
          required
          error={errors.token?.message}
          {...form.register('token')}
        />
        <Button
          type="submit"
          variant="light"
          color="yellow"
          loading={change.isPending}
          w="fit-content"
        >
          Send the token in the URL
        </Button>
      </Stack>
    </form>
  );
}

function ToHashButton({ token }: { token: string }) {
  const { connection, client } = useConnectionClient();
  const change = useMutation({
    mutationFn: async () => {
      const credential = toJidotekiCredential(token, 'hash');
      await verifyCredential(client.options.target, credential);
      return credential;
    },
    onSuccess: (credential) => {
      sessionStore.replaceCredential(connection.id, credential);
      notifications.show({
        color: 'teal',
        title: 'Requests are signed with an HMAC hash',
        message: `The token no longer travels to ${connection.name} in URLs.`,
      });
    },
  });
  return (
    <Stack>
      {change.isError ? (
        <Alert color="red" title="The signing mode was not changed">
          {describeError(change.error)}
          {' The appliance may be older than API v1.9.0, which cannot check hashes.'}
        </Alert>
      ) : null}
      <Button onClick={() => change.mutate()} loading={change.isPending} w="fit-content">
        Switch to HMAC hash signing
      </Button>
    </Stack>
  );
}

export function SigningModePanel() {
  const { session } = useConnectionClient();
  const credential = session.credential as JidotekiCredential;
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Title order={2} size="h4">
          How requests are signed
        </Title>
        <Group gap="xs">
          <Text size="sm">This session uses</Text>
          <Badge
            color={credential.mode === 'hash' ? 'teal' : 'yellow'}
            variant="light"
            tt="none"
            data-testid="signing-mode"
          >
            {credential.mode === 'hash' ? 'HMAC hash' : 'Token in URL'}
          </Badge>
        </Group>
        {credential.mode === 'hash' ? (
          <>
            <Text size="sm" c="dimmed">
              Each request carries an HMAC of its method and endpoint, made with sha256 of the
              token; the token itself never leaves this browser.
            </Text>
            <CleartextWarning active={false} remembered={session.remember} />
            <ToTokenForm sessionKey={credential.key} />
          </>
        ) : (
          <>
            <CleartextWarning active remembered={session.remember} />
            <Text size="sm" c="dimmed">
              HMAC hash signing keeps only sha256 of the token and sends an HMAC instead.
            </Text>
            <ToHashButton token={credential.token} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
