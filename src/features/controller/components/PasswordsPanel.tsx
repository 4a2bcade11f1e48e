import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Checkbox,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { sessionStore } from '@/auth/sessionStore';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { changeApiPassword, updateAdminUi } from '../api/access';
import {
  type AdminUiValues,
  type ApiPasswordValues,
  PASSWORD_MIN,
  adminUiSchema,
  apiPasswordSchema,
} from '../api/rules';
import { MutationError } from './MutationError';

function ApiPasswordForm() {
  const { connection, client } = useConnectionClient();
  const form = useForm<ApiPasswordValues>({
    resolver: zodResolver(apiPasswordSchema),
    defaultValues: { password: '', confirm: '' },
  });
  const mutation = useMutation({
    mutationFn: (values: ApiPasswordValues) => changeApiPassword(client, values.password),
    onSuccess: (_, values) => {
      // The old password stops working at once: every later request must use the new one.
      sessionStore.replaceCredential(connection.id, { kind: 'vns3', password: values.password });
      form.reset();
      notifications.show({
        color: 'teal',
        title: 'API password changed',
        message: `This console now signs in to ${connection.name} with the new password.`,
      });
    },
  });
  const errors = form.formState.errors;
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack>
          <Title order={2} size="h4">
            API password
          </Title>
          <Text size="sm" c="dimmed">
            Scripts sign in as user api with this password. At least {PASSWORD_MIN} characters, no
            spaces.
          </Text>
          <PasswordInput
            label="New API password"
            autoComplete="new-password"
            {...form.register('password')}
            error={errors.password?.message}
          />
          <PasswordInput
            label="Repeat the new API password"
            autoComplete="new-password"
            {...form.register('confirm')}
            error={errors.confirm?.message}
          />
          <MutationError error={mutation.error} title="The API password was not changed" />
          <Button type="submit" loading={mutation.isPending} w="fit-content">
            Change API password
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function AdminUiForm() {
  const { connection, client } = useConnectionClient();
  const form = useForm<AdminUiValues>({
    resolver: zodResolver(adminUiSchema),
    defaultValues: { enabled: true, admin_username: '', admin_password: '' },
  });
  const mutation = useMutation({
    mutationFn: (values: AdminUiValues) =>
      updateAdminUi(client, {
        enabled: values.enabled,
        ...(values.admin_username ? { admin_username: values.admin_username } : {}),
        ...(values.admin_password ? { admin_password: values.admin_password } : {}),
      }),
    onSuccess: (result) => {
      form.reset({ enabled: result.enabled, admin_username: '', admin_password: '' });
      notifications.show({
        color: 'teal',
        title: 'Web UI settings saved',
        message: result.enabled
          ? `The web UI of ${connection.name} is on; user ${result.username ?? '(unchanged)'}.`
          : `The web UI of ${connection.name} is off.`,
      });
    },
  });
  const errors = form.formState.errors;
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack>
          <Title order={2} size="h4">
            Web UI sign-in
          </Title>
          <Text size="sm" c="dimmed">
            The controller's own web interface has its own user; the API password is separate. Leave
            a field empty to keep it.
          </Text>
          <Checkbox label="Web UI enabled" {...form.register('enabled')} />
          <TextInput
            label="Web UI user name"
            autoComplete="off"
            {...form.register('admin_username')}
            error={errors.admin_username?.message}
          />
          <PasswordInput
            label="Web UI password"
            autoComplete="new-password"
            {...form.register('admin_password')}
            error={errors.admin_password?.message}
          />
          <MutationError error={mutation.error} title="The web UI settings were not saved" />
          <Button type="submit" loading={mutation.isPending} w="fit-content">
            Save web UI settings
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

export function PasswordsPanel() {
  return (
    <Stack>
      <ApiPasswordForm />
      <AdminUiForm />
    </Stack>
  );
}
