import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { ApiError, describeError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { emailSchema } from '../api/profileRules';
import { useUpdateProfile } from '../api/updateProfile';

/** MFA needs a recovery address first: the e-mail reset sends one of its two codes there. */
export function RecoveryEmailForm({
  client,
  connectionId,
  email,
}: {
  client: HttpClient;
  connectionId: string;
  email: string;
}) {
  const schema = z.object({ recovery_email: emailSchema }).check(
    z.refine((values) => values.recovery_email.toLowerCase() !== email.toLowerCase(), {
      path: ['recovery_email'],
      message: 'Use an address other than your e-mail',
    }),
  );
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { recovery_email: '' },
  });
  const save = useUpdateProfile(client, connectionId);

  async function onSubmit(values: z.infer<typeof schema>) {
    try {
      await save.mutateAsync(values);
      notifications.show({ color: 'teal', message: 'Recovery e-mail saved' });
    } catch (error) {
      const field =
        error instanceof ApiError
          ? (error.details.fields as Record<string, string> | undefined)?.recovery_email
          : undefined;
      form.setError('recovery_email', { message: field ?? describeError(error) });
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack align="flex-start">
        <Text size="sm">
          Before turning on MFA, add a recovery e-mail address. If you lose your authenticator and
          your recovery codes, a code sent there helps you back in.
        </Text>
        <TextInput
          label="Recovery e-mail"
          type="email"
          autoComplete="email"
          required
          w="100%"
          maw={420}
          error={form.formState.errors.recovery_email?.message}
          {...form.register('recovery_email')}
        />
        <Button type="submit" loading={save.isPending}>
          Save the recovery e-mail
        </Button>
      </Stack>
    </form>
  );
}
