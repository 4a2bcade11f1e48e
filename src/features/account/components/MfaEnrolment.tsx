import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { Suspense, lazy, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { describeError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { TotpCodeField, totpCodeSchema } from '@/auth/shellhub/TotpCodeField';
import { type MfaCredentials, generateMfa, useEnableMfa } from '../api/mfa';
import { RecoveryCodes } from './RecoveryCodes';

const MfaQrCode = lazy(() => import('./MfaQrCode'));

const codeSchema = z.object({ code: totpCodeSchema });

/** Generate → save the recovery codes → scan and confirm with a current code. */
export function MfaEnrolment({
  client,
  connectionId,
}: {
  client: HttpClient;
  connectionId: string;
}) {
  const generate = useMutation({ mutationFn: () => generateMfa(client) });
  const [saved, setSaved] = useState(false);
  const [codesConfirmed, setCodesConfirmed] = useState(false);
  const credentials = generate.data;

  if (!credentials) {
    return (
      <Stack align="flex-start">
        <Text size="sm">
          Multi-factor authentication asks for a code from an authenticator app after your password.
        </Text>
        {generate.error ? (
          <Alert color="red" role="alert" title="Could not start">
            {describeError(generate.error)}
          </Alert>
        ) : null}
        <Button onClick={() => generate.mutate()} loading={generate.isPending}>
          Set up MFA
        </Button>
      </Stack>
    );
  }

  if (!codesConfirmed) {
    return (
      <Stack>
        <Title order={3} size="h5">
          Step 1 of 2: save your recovery codes
        </Title>
        <RecoveryCodes codes={credentials.recovery_codes} />
        <Checkbox
          label="I have saved my recovery codes"
          checked={saved}
          onChange={(event) => setSaved(event.currentTarget.checked)}
        />
        <Group>
          <Button disabled={!saved} onClick={() => setCodesConfirmed(true)}>
            Continue
          </Button>
        </Group>
      </Stack>
    );
  }

  return <ConfirmStep client={client} connectionId={connectionId} credentials={credentials} />;
}

function ConfirmStep({
  client,
  connectionId,
  credentials,
}: {
  client: HttpClient;
  connectionId: string;
  credentials: MfaCredentials;
}) {
  const enable = useEnableMfa(client, connectionId);
  const form = useForm<z.infer<typeof codeSchema>>({
    resolver: zodResolver(codeSchema),
    defaultValues: { code: '' },
  });

  async function onSubmit({ code }: z.infer<typeof codeSchema>) {
    try {
      await enable.mutateAsync({
        code,
        secret: credentials.secret,
        recovery_codes: credentials.recovery_codes,
      });
      notifications.show({ color: 'teal', message: 'Multi-factor authentication is on' });
    } catch (error) {
      form.setError('code', { message: describeError(error) }, { shouldFocus: true });
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack>
        <Title order={3} size="h5">
          Step 2 of 2: add the account to your authenticator
        </Title>
        <Group align="flex-start" gap="lg">
          <Suspense fallback={<Loader aria-label="Loading the QR code" />}>
            <MfaQrCode link={credentials.link} />
          </Suspense>
          <Stack gap="xs" maw={320}>
            <Text size="sm">Scan the QR code, or type this secret into the app:</Text>
            <Code aria-label="Secret" style={{ wordBreak: 'break-all' }}>
              {credentials.secret}
            </Code>
            <CopyButton value={credentials.secret}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy}>
                  {copied ? 'Copied' : 'Copy the secret'}
                </Button>
              )}
            </CopyButton>
          </Stack>
        </Group>
        <TotpCodeField
          control={form.control}
          name="code"
          error={form.formState.errors.code?.message}
          label="Code from the app"
        />
        <Group>
          <Button type="submit" loading={enable.isPending}>
            Turn on MFA
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
