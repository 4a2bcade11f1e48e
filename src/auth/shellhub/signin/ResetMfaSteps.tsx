import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { completeMfaReset, requestMfaReset } from '@/api/shellhub/auth';
import type { UserAuth } from '@/api/shellhub/userAuth';
import { FormError, failureText, usePublicClient } from './shared';

const requestSchema = z.object({
  identifier: z.string().check(z.trim(), z.minLength(1, 'Enter your username or e-mail')),
});

/** "Lost everything": the server e-mails one code to each address. */
export function ResetRequestStep({
  identifier,
  onRequested,
  onBack,
}: {
  identifier: string;
  onRequested(resetId: string): void;
  onBack(): void;
}) {
  const client = usePublicClient();
  const form = useForm<z.infer<typeof requestSchema>>({
    resolver: zodResolver(requestSchema),
    defaultValues: { identifier },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: z.infer<typeof requestSchema>) {
    try {
      const token = await requestMfaReset(client, values);
      if (!token) {
        form.setError('root', { message: 'The server did not return a reset token.' });
        return;
      }
      onRequested(token);
    } catch (error) {
      form.setError('root', { message: failureText(error) });
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack>
        <Text size="sm">
          We send one code to your e-mail address and one to your recovery e-mail address. With
          both, MFA is turned off and you are signed in.
        </Text>
        <FormError message={errors.root?.message} />
        <TextInput
          label="Username or e-mail"
          autoComplete="username"
          required
          error={errors.identifier?.message}
          {...form.register('identifier')}
        />
        <Button type="submit" loading={isSubmitting}>
          Send the codes
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onBack}>
          Back to sign-in
        </Anchor>
      </Stack>
    </form>
  );
}

const emailCode = z
  .string()
  .check(z.trim(), z.regex(/^[A-Za-z0-9]{5}$/, 'Enter the 5-character code from the e-mail'));
const verifySchema = z.object({ main: emailCode, recovery: emailCode });
type VerifyValues = z.infer<typeof verifySchema>;

export function ResetVerifyStep({
  resetId,
  onSignedIn,
  onBack,
}: {
  resetId: string;
  onSignedIn(auth: UserAuth): void;
  onBack(): void;
}) {
  const client = usePublicClient();
  const form = useForm<VerifyValues>({
    resolver: zodResolver(verifySchema),
    defaultValues: { main: '', recovery: '' },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: VerifyValues) {
    try {
      onSignedIn(
        await completeMfaReset(client, resetId, {
          main_email_code: values.main.toUpperCase(),
          recovery_email_code: values.recovery.toUpperCase(),
        }),
      );
    } catch (error) {
      form.setError('root', { message: failureText(error) });
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack>
        <Text size="sm">The codes were sent. They are valid for one day.</Text>
        <FormError message={errors.root?.message} />
        <TextInput
          label="Code from your e-mail"
          autoComplete="off"
          autoFocus
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
        <Button type="submit" loading={isSubmitting}>
          Turn off MFA and sign in
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onBack}>
          Back to sign-in
        </Anchor>
      </Stack>
    </form>
  );
}
