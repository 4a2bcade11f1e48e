import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Checkbox, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { register, validateAccount } from '@/api/shellhub/auth';
import { type SignUpValues, parseConfirmationLink, signUpSchema } from '../signUpRules';
import { AccountFields, EmailedLinkField, reportAccountError } from './AccountFields';
import { FormError, failureText, usePublicClient } from './shared';

const confirmSchema = z.object({
  link: z
    .string()
    .check(
      z.refine(
        (value) => parseConfirmationLink(value) !== null,
        'Paste the whole link from the e-mail',
      ),
    ),
});

/** `POST /api/register`, then the e-mailed confirmation link (`GET /api/user/validation_account`). */
export function SignUpStep({
  onConfirmed,
  onBack,
}: {
  onConfirmed(username: string): void;
  onBack(): void;
}) {
  const client = usePublicClient();
  const [registered, setRegistered] = useState<{ username: string; email: string } | null>(null);
  const form = useForm<SignUpValues>({
    resolver: zodResolver(signUpSchema),
    defaultValues: {
      name: '',
      email: '',
      username: '',
      password: '',
      confirm: '',
      email_marketing: false,
    },
  });
  const confirm = useForm<z.infer<typeof confirmSchema>>({
    resolver: zodResolver(confirmSchema),
    defaultValues: { link: '' },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: SignUpValues) {
    try {
      await register(client, {
        name: values.name.trim(),
        email: values.email.trim(),
        username: values.username,
        password: values.password,
        email_marketing: values.email_marketing,
      });
      setRegistered({ username: values.username, email: values.email.trim() });
    } catch (error) {
      reportAccountError(error, (field, message) => form.setError(field, { message }));
    }
  }

  async function onConfirm(values: z.infer<typeof confirmSchema>) {
    const link = parseConfirmationLink(values.link);
    if (!link || !registered) return;
    try {
      await validateAccount(client, link);
      onConfirmed(registered.username);
    } catch (error) {
      confirm.setError('root', { message: failureText(error) });
    }
  }

  if (registered) {
    return (
      <form onSubmit={confirm.handleSubmit(onConfirm)} noValidate>
        <Stack>
          <Alert color="green" variant="light" role="status" title="Account created">
            We sent a confirmation link to {registered.email}. Open it, or paste it here, to confirm
            the account before signing in.
          </Alert>
          <FormError message={confirm.formState.errors.root?.message} />
          <EmailedLinkField
            label="Confirmation link"
            field={{ error: confirm.formState.errors.link?.message, ...confirm.register('link') }}
          />
          <Button type="submit" loading={confirm.formState.isSubmitting}>
            Confirm the account
          </Button>
          <Anchor component="button" type="button" size="sm" onClick={onBack}>
            Back to sign-in
          </Anchor>
        </Stack>
      </form>
    );
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack>
        <Text size="sm">
          Create an account on this ShellHub server. You confirm it from an e-mailed link.
        </Text>
        <FormError message={errors.root?.message} />
        <AccountFields
          field={(name) => ({ error: errors[name]?.message, ...form.register(name) })}
        />
        <Checkbox label="Send me news and offers by e-mail" {...form.register('email_marketing')} />
        <Button type="submit" loading={isSubmitting}>
          Create account
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onBack}>
          I already have an account
        </Anchor>
      </Stack>
    </form>
  );
}
