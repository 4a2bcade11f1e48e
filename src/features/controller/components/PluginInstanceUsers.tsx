import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Checkbox,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  type InstanceUser,
  deleteInstanceUser,
  instanceUsersQuery,
  saveInstanceUser,
} from '../api/pluginInstanceApi';
import { type InstanceUserValues, instanceUserSchema } from '../api/pluginRules';
import { ErrorLine, MutationError } from './MutationError';
import { MONOSPACE_INPUT, type InstanceTabProps } from './PluginInstanceTab';

function UserForm({ id, users }: { id: number; users: InstanceUser[] }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<InstanceUserValues>({
    resolver: zodResolver(instanceUserSchema),
    defaultValues: {
      username: '',
      password: '',
      public_key: '',
      require_public_key: false,
      existing: false,
    },
  });
  const username = useWatch({ control: form.control, name: 'username' }).trim();
  const existing = users.some((user) => user.username === username);
  const mutation = useMutation({
    onError: (error) => {
      const field = fieldOfVns3Error(error, {
        username: 'username',
        password: 'password',
        public_key: 'public_key',
      } as const);
      if (field) form.setError(field.field, { message: field.message });
    },
    mutationFn: (values: InstanceUserValues) =>
      saveInstanceUser(client, id, {
        username: values.username,
        ...(values.password ? { password: values.password } : {}),
        ...(values.public_key ? { public_key: values.public_key } : {}),
        require_public_key: values.require_public_key,
      }),
    onSuccess: (_, values) => {
      notifications.show({
        color: 'teal',
        title: existing ? 'SSH user updated' : 'SSH user added',
        message: values.username,
      });
      form.reset();
      void queryClient.invalidateQueries({
        queryKey: instanceUsersQuery(connection.id, client, id).queryKey,
      });
    },
  });
  const errors = form.formState.errors;
  return (
    <form
      onSubmit={(event) => {
        form.setValue('existing', existing);
        void form.handleSubmit((values) => mutation.mutate(values))(event);
      }}
      noValidate
    >
      <Stack>
        <Group grow align="flex-start">
          <TextInput
            label="Username"
            withAsterisk
            description={existing ? 'Updates this user' : 'A new SSH user'}
            {...form.register('username')}
            error={errors.username?.message}
          />
          <PasswordInput
            label="Password"
            description={existing ? 'Leave empty to keep it' : 'Or use a public key'}
            autoComplete="new-password"
            {...form.register('password')}
            error={errors.password?.message}
          />
        </Group>
        <Textarea
          label="Public key"
          autosize
          minRows={2}
          styles={MONOSPACE_INPUT}
          {...form.register('public_key')}
          error={errors.public_key?.message}
        />
        <Checkbox label="Require public key login" {...form.register('require_public_key')} />
        <MutationError error={mutation.error} title="The SSH user was not saved" />
        <Button type="submit" loading={mutation.isPending} w="fit-content">
          Save user
        </Button>
      </Stack>
    </form>
  );
}

export function PluginInstanceUsers({ instance }: InstanceTabProps) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const users = useQuery(instanceUsersQuery(connection.id, client, instance.id));
  const [deleting, setDeleting] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (username: string) => deleteInstanceUser(client, instance.id, username),
    onSuccess: (_, username) => {
      setDeleting(null);
      notifications.show({ color: 'teal', title: 'SSH user deleted', message: username });
      void queryClient.invalidateQueries({
        queryKey: instanceUsersQuery(connection.id, client, instance.id).queryKey,
      });
    },
  });
  return (
    <QueryBoundary query={users} what="the SSH users">
      {(data) => (
        <Stack>
          <Paper withBorder p="md" radius="md">
            <Stack>
              <Title order={2} size="h4">
                SSH users of {instance.name}
              </Title>
              {data.length === 0 ? (
                <EmptyState title="No SSH users">Add one below.</EmptyState>
              ) : (
                <Table striped aria-label="SSH users">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Username</Table.Th>
                      <Table.Th>Password</Table.Th>
                      <Table.Th>Public key</Table.Th>
                      <Table.Th>Actions</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.map((user) => (
                      <Table.Tr key={user.username}>
                        <Table.Td>{user.username}</Table.Td>
                        <Table.Td>{user.password ? 'Set' : 'None'}</Table.Td>
                        <Table.Td maw={320}>
                          <Text
                            size="sm"
                            ff="monospace"
                            truncate="end"
                            title={user.public_key ?? ''}
                          >
                            {user.public_key || 'None'}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="default"
                            color="red"
                            aria-label={`Delete user ${user.username}`}
                            onClick={() => setDeleting(user.username)}
                          >
                            Delete
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Stack>
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Stack>
              <Title order={2} size="h4">
                Add or update a user
              </Title>
              <UserForm id={instance.id} users={data} />
            </Stack>
          </Paper>
          <ConfirmDialog
            opened={deleting !== null}
            title={`Delete SSH user ${deleting ?? ''}?`}
            confirmLabel="Delete user"
            loading={remove.isPending}
            onConfirm={() => deleting && remove.mutate(deleting)}
            onCancel={() => {
              setDeleting(null);
              remove.reset();
            }}
          >
            {deleting} can no longer log in to {instance.name}.
            {remove.error ? <ErrorLine error={remove.error} /> : null}
          </ConfirmDialog>
        </Stack>
      )}
    </QueryBoundary>
  );
}
