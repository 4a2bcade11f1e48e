import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { ApiError, describeError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { shellHubPasswordSchema } from '@/auth/shellhub/passwordRules';
import { useMutation } from '@tanstack/react-query';
import { changePassword } from '../api/updateProfile';
import { serverFields } from './serverFields';

const schema = z
  .object({
    current: z.string().check(z.minLength(1, 'Enter your current password')),
    password: shellHubPasswordSchema,
    confirm: z.string(),
  })
  .check(
    z.refine((values) => values.password === values.confirm, {
      path: ['confirm'],
      message: 'The passwords do not match',
    }),
  );
type Values = z.infer<typeof schema>;

/** `PATCH /api/users/{id}/password`; nothing the console shows changes, so nothing refetches. */
export function PasswordForm({ client, userId }: { client: HttpClient; userId: string }) {
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { current: '', password: '', confirm: '' },
  });
  const save = useMutation({
    mutationFn: (body: { current_password: string; new_password: string }) =>
      changePassword(client, userId, body),
  });
  const { errors } = form.formState;

  async function onSubmit(values: Values) {
    try {
      await save.mutateAsync({ new_password: values.password, current_password: values.current });
      form.reset();
      notifications.show({ color: 'teal', message: 'Password changed' });
    } catch (error) {
      const fields = serverFields(error);
      if (error instanceof ApiError && error.status === 403) {
        form.setError('current', { message: describeError(error) }, { shouldFocus: true });
      } else if (fields.new_password) {
        form.setError('password', { message: fields.new_password });
      } else if (fields.current_password) {
        form.setError('current', { message: fields.current_password });
      } else {
        form.setError('root', { message: describeError(error) });
      }
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack maw={480}>
        {errors.root ? (
          <Alert color="red" role="alert" title="Could not change the password">
            {errors.root.message}
          </Alert>
        ) : null}
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          error={errors.current?.message}
          {...form.register('current')}
        />
        <PasswordInput
          label="New password"
          description="5 to 30 characters"
          autoComplete="new-password"
          required
          error={errors.password?.message}
          {...form.register('password')}
        />
        <PasswordInput
          label="Repeat the new password"
          autoComplete="new-password"
          required
          error={errors.confirm?.message}
          {...form.register('confirm')}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
