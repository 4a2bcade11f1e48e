import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { describeError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import type { UserAuth } from '@/api/shellhub/userAuth';
import { type ProfileValues, profileSchema } from '../api/profileRules';
import { type ProfileData, useUpdateUserData } from '../api/updateProfile';
import { serverFields } from './serverFields';

const FIELDS = ['name', 'username', 'email', 'recovery_email'] as const;

export function ProfileForm({
  client,
  connectionId,
  user,
}: {
  client: HttpClient;
  connectionId: string;
  user: UserAuth;
}) {
  const initial: ProfileValues = {
    name: user.name,
    username: user.user,
    email: user.email,
    recovery_email: user.recovery_email ?? '',
  };
  const form = useForm<ProfileValues>({
    resolver: zodResolver(profileSchema),
    defaultValues: initial,
  });
  const save = useUpdateUserData(client, connectionId, user.id);
  const { errors, isDirty } = form.formState;

  async function onSubmit(values: ProfileValues) {
    const changes: ProfileData = {};
    for (const field of FIELDS)
      if (values[field] !== initial[field]) changes[field] = values[field];
    try {
      await save.mutateAsync(changes);
      form.reset(values);
      notifications.show({ color: 'teal', message: 'Profile saved' });
    } catch (error) {
      const fields = serverFields(error);
      let mapped = false;
      for (const field of FIELDS) {
        if (fields[field]) {
          form.setError(field, { message: fields[field] });
          mapped = true;
        }
      }
      if (!mapped) form.setError('root', { message: describeError(error) });
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack maw={480}>
        {errors.root ? (
          <Alert color="red" role="alert" title="Could not save the profile">
            {errors.root.message}
          </Alert>
        ) : null}
        <TextInput
          label="Name"
          autoComplete="name"
          required
          error={errors.name?.message}
          {...form.register('name')}
        />
        <TextInput
          label="Username"
          description="3 to 30 letters, digits or - _ . @"
          autoComplete="username"
          required
          error={errors.username?.message}
          {...form.register('username')}
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
          label="Recovery e-mail"
          description="Needed for multi-factor authentication; must differ from your e-mail"
          type="email"
          error={errors.recovery_email?.message}
          {...form.register('recovery_email')}
        />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!isDirty}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
