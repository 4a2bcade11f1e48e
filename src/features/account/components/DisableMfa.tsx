import { zodResolver } from '@hookform/resolvers/zod';
import { Button, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { describeError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { TotpCodeField, totpCodeSchema } from '@/auth/shellhub/TotpCodeField';
import { useDisableMfa } from '../api/mfa';
import { DisableByEmailCodes } from './DisableByEmailCodes';

const METHODS = ['code', 'recovery', 'email'] as const;
type Method = (typeof METHODS)[number];

const codeSchema = z.object({ code: totpCodeSchema });
const recoverySchema = z.object({
  recovery_code: z.string().check(z.trim(), z.minLength(1, 'Enter one of your recovery codes')),
});

/** Turning MFA off needs a current code or a recovery code (which it uses up). */
export function DisableMfa({
  client,
  connectionId,
  username,
}: {
  client: HttpClient;
  connectionId: string;
  username: string;
}) {
  const [method, setMethod] = useState<Method>('code');
  return (
    <Stack align="flex-start">
      <Text size="sm">Multi-factor authentication is on for your account.</Text>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="disable-mfa-method">
          Turn it off with
        </Text>
        <SegmentedControl
          aria-labelledby="disable-mfa-method"
          value={method}
          onChange={(value) => setMethod(METHODS.find((known) => known === value) ?? 'code')}
          data={[
            { value: 'code', label: 'Authenticator code' },
            { value: 'recovery', label: 'Recovery code' },
            { value: 'email', label: 'E-mail codes' },
          ]}
        />
      </Stack>
      {method === 'code' ? <ByCode client={client} connectionId={connectionId} /> : null}
      {method === 'recovery' ? (
        <ByRecoveryCode client={client} connectionId={connectionId} />
      ) : null}
      {method === 'email' ? (
        <DisableByEmailCodes client={client} connectionId={connectionId} username={username} />
      ) : null}
    </Stack>
  );
}

function done() {
  notifications.show({ color: 'teal', message: 'Multi-factor authentication is off' });
}

function ByCode({ client, connectionId }: { client: HttpClient; connectionId: string }) {
  const disable = useDisableMfa(client, connectionId);
  const form = useForm<z.infer<typeof codeSchema>>({
    resolver: zodResolver(codeSchema),
    defaultValues: { code: '' },
  });
  async function onSubmit(values: z.infer<typeof codeSchema>) {
    try {
      await disable.mutateAsync(values);
      done();
    } catch (error) {
      form.setError('code', { message: describeError(error) }, { shouldFocus: true });
    }
  }
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack align="flex-start">
        <TotpCodeField
          control={form.control}
          name="code"
          error={form.formState.errors.code?.message}
        />
        <Button type="submit" color="red" loading={disable.isPending}>
          Turn off MFA
        </Button>
      </Stack>
    </form>
  );
}

function ByRecoveryCode({ client, connectionId }: { client: HttpClient; connectionId: string }) {
  const disable = useDisableMfa(client, connectionId);
  const form = useForm<z.infer<typeof recoverySchema>>({
    resolver: zodResolver(recoverySchema),
    defaultValues: { recovery_code: '' },
  });
  async function onSubmit(values: z.infer<typeof recoverySchema>) {
    try {
      await disable.mutateAsync(values);
      done();
    } catch (error) {
      form.setError('recovery_code', { message: describeError(error) }, { shouldFocus: true });
    }
  }
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack align="flex-start">
        <TextInput
          label="Recovery code"
          autoComplete="off"
          required
          error={form.formState.errors.recovery_code?.message}
          {...form.register('recovery_code')}
        />
        <Button type="submit" color="red" loading={disable.isPending}>
          Turn off MFA
        </Button>
      </Stack>
    </form>
  );
}
