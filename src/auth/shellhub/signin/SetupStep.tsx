import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { setupServer } from '@/api/shellhub/auth';
import { type SetupValues, setupSchema } from '../signUpRules';
import { FormError, failureText, serverFieldError, usePublicClient } from './shared';

const FIELDS = ['name', 'email', 'username', 'password'] as const;

/** First-run setup (`POST /api/setup?sign=`): the admin account and its namespace. */
export function SetupStep({
  sign,
  onDone,
  onBack,
}: {
  sign: string;
  onDone(username: string): void;
  onBack(): void;
}) {
  const client = usePublicClient();
  const form = useForm<SetupValues>({
    resolver: zodResolver(setupSchema),
    defaultValues: { name: '', email: '', username: '', password: '', confirm: '' },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: SetupValues) {
    try {
      await setupServer(client, sign, {
        name: values.name.trim(),
        email: values.email.trim(),
        username: values.username,
        password: values.password,
      });
      onDone(values.username);
    } catch (error) {
      let mapped = false;
      for (const field of FIELDS) {
        const reason = serverFieldError(error, field);
        if (reason) {
          form.setError(field, { message: `The server says: ${reason}` });
          mapped = true;
        }
      }
      if (!mapped) form.setError('root', { message: failureText(error) });
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack>
        <Text size="sm">
          This server has no administrator yet. The account you create here owns a namespace named
          after its username.
        </Text>
        <FormError message={errors.root?.message} />
        <TextInput
          label="Name"
          description="3 to 20 characters"
          autoComplete="name"
          required
          autoFocus
          error={errors.name?.message}
          {...form.register('name')}
        />
        <TextInput
          label="E-mail"
          type="email"
          autoComplete="email"
          required
          error={errors.email?.message}
          {...form.register('email')}
        />
        <TextInput
          label="Username"
          description="3 to 30 letters, digits or - _ . @"
          autoComplete="username"
          required
          error={errors.username?.message}
          {...form.register('username')}
        />
        <PasswordInput
          label="Password"
          description="5 to 30 characters"
          autoComplete="new-password"
          required
          error={errors.password?.message}
          {...form.register('password')}
        />
        <PasswordInput
          label="Repeat the password"
          autoComplete="new-password"
          required
          error={errors.confirm?.message}
          {...form.register('confirm')}
        />
        <Button type="submit" loading={isSubmitting}>
          Set up the server
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onBack}>
          Back to sign-in
        </Anchor>
      </Stack>
    </form>
  );
}
