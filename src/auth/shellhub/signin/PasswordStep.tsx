import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { login } from '@/api/shellhub/auth';
import type { UserAuth } from '@/api/shellhub/userAuth';
import { RememberField } from '../../signin/RememberField';
import { type LoginFailure, classifyLoginFailure } from '../signInMachine';
import { FormError, failureText, usePublicClient } from './shared';

const schema = z.object({
  username: z.string().check(z.trim(), z.minLength(1, 'Enter your username or e-mail')),
  password: z.string().check(z.minLength(1, 'Enter your password')),
  remember: z.boolean(),
});

type Values = z.infer<typeof schema>;

export function PasswordStep({
  identifier,
  onSignedIn,
  onFailure,
  onForgotPassword,
  onUseApiKey,
  onSignUp,
}: {
  identifier: string;
  onSignedIn(auth: UserAuth, remember: boolean): void;
  onFailure(identifier: string, failure: LoginFailure, remember: boolean): void;
  onForgotPassword(): void;
  onUseApiKey(): void;
  onSignUp(): void;
}) {
  const client = usePublicClient();
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { username: identifier, password: '', remember: false },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: Values) {
    try {
      onSignedIn(await login(client, values), values.remember);
    } catch (error) {
      const failure = classifyLoginFailure(error);
      if (failure.kind === 'wrong-credentials') {
        form.setError(
          'password',
          { message: `Wrong username, e-mail or password (${failureText(error)})` },
          { shouldFocus: true },
        );
      } else if (failure.kind === 'other') {
        form.setError('root', { message: failureText(error) });
      } else {
        onFailure(values.username, failure, values.remember);
      }
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack>
        <FormError message={errors.root?.message} />
        <TextInput
          label="Username or e-mail"
          autoComplete="username"
          autoFocus
          required
          error={errors.username?.message}
          {...form.register('username')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          error={errors.password?.message}
          {...form.register('password')}
        />
        <RememberField control={form.control} />
        <Button type="submit" loading={isSubmitting}>
          Sign in
        </Button>
        <Group justify="space-between">
          <Anchor component="button" type="button" size="sm" onClick={onForgotPassword}>
            Forgot your password?
          </Anchor>
          <Anchor component="button" type="button" size="sm" onClick={onUseApiKey}>
            Use an API key instead
          </Anchor>
        </Group>
        <Anchor component="button" type="button" size="sm" onClick={onSignUp}>
          Create an account
        </Anchor>
      </Stack>
    </form>
  );
}
