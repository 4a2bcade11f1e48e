import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { describeError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { requestMfaReset } from '@/api/shellhub/auth';
import { useDisableMfa } from '../api/mfa';

const emailCode = z
  .string()
  .check(z.trim(), z.regex(/^[A-Za-z0-9]{5}$/, 'Enter the 5-character code from the e-mail'));
const schema = z.object({ main: emailCode, recovery: emailCode });
type Values = z.infer<typeof schema>;

/** Without the authenticator or a recovery code: one code to each e-mail address. */
export function DisableByEmailCodes({
  client,
  connectionId,
  username,
}: {
  client: HttpClient;
  connectionId: string;
  username: string;
}) {
  const send = useMutation({ mutationFn: () => requestMfaReset(client, { identifier: username }) });
  const disable = useDisableMfa(client, connectionId);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { main: '', recovery: '' },
  });
  const { errors } = form.formState;

  async function onSubmit(values: Values) {
    try {
      await disable.mutateAsync({
        main_email_code: values.main.toUpperCase(),
        recovery_email_code: values.recovery.toUpperCase(),
      });
      notifications.show({ color: 'teal', message: 'Multi-factor authentication is off' });
    } catch (error) {
      form.setError('root', { message: describeError(error) });
    }
  }

  if (!send.isSuccess) {
    return (
      <Stack align="flex-start">
        <Text size="sm">
          We send one code to your e-mail address and one to your recovery e-mail address.
        </Text>
        {send.error ? (
          <Alert color="red" role="alert" title="Could not send the codes">
            {describeError(send.error)}
          </Alert>
        ) : null}
        <Button variant="default" onClick={() => send.mutate()} loading={send.isPending}>
          E-mail me the codes
        </Button>
      </Stack>
    );
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack align="flex-start">
        <Text size="sm" role="status">
          The codes were sent. They are valid for one day.
        </Text>
        {errors.root ? (
          <Alert color="red" role="alert" title="Could not turn off MFA">
            {errors.root.message}
          </Alert>
        ) : null}
        <TextInput
          label="Code from your e-mail"
          autoComplete="off"
          required
          maxLength={5}
          error={errors.main?.message}
          {...form.register('main')}
        />
        <TextInput
          label="Code from your recovery e-mail"
          autoComplete="off"
          required
          maxLength={5}
          error={errors.recovery?.message}
          {...form.register('recovery')}
        />
        <Button type="submit" color="red" loading={disable.isPending}>
          Turn off MFA
        </Button>
      </Stack>
    </form>
  );
}
