import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Group, Modal, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type FieldPath, useForm } from 'react-hook-form';
import { DialogFooter } from '@/components/DialogFooter';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { allQuery, createItem, updateItem } from '../api/crud';
import { applyFieldErrors } from '../api/drfErrors';
import { groupsQuery } from '../api/groupIds';
import { overlayKeys } from '../api/keys';
import { GROUPS, IMMUTABLE_USERS, PERMISSIONS, USERS, type User } from '../api/resources';
import {
  type NewUserValues,
  USER_FORM_FIELDS,
  editUserSchema,
  newUserSchema,
  userDefaults,
} from '../api/userForm';
import { FreshItem } from './FreshItem';
import { IdMultiSelectField } from './IdMultiSelect';
import { MutationError } from './MutationError';
import { SwitchField } from './SwitchField';

/** Create (POST /api/user) or edit (PATCH /api/user/{id}) a hub user. */
function UserForm({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const groups = useQuery(groupsQuery(connection.id, client));
  const permissions = useQuery(allQuery(connection.id, client, PERMISSIONS));
  const builtIn = user ? IMMUTABLE_USERS[user.id] : undefined;
  const form = useForm<NewUserValues>({
    resolver: zodResolver(user ? editUserSchema : newUserSchema) as never,
    defaultValues: { ...userDefaults(user), password: '', confirm: '' },
  });
  const [leftovers, setLeftovers] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: (values: NewUserValues) => {
      const fields: Record<string, unknown> = { ...values };
      delete fields.confirm;
      if (user) delete fields.password;
      return user ? updateItem(client, USERS, user.id, fields) : createItem(client, USERS, fields);
    },
    onSuccess: async (saved) => {
      notifications.show({
        color: 'teal',
        title: user ? 'User saved' : 'User created',
        message: saved.username,
      });
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: overlayKeys.list(connection.id, USERS.name) }),
        queryClient.invalidateQueries({ queryKey: overlayKeys.list(connection.id, GROUPS.name) }),
      ]);
    },
    onError: (error) =>
      setLeftovers(
        applyFieldErrors(error, USER_FORM_FIELDS, (field, message) =>
          form.setError(field as FieldPath<NewUserValues>, { message }, { shouldFocus: true }),
        ),
      ),
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        {builtIn ? (
          <Alert color="blue" variant="light">
            {builtIn} is built in: the hub keeps its username and superuser flag as they are.
          </Alert>
        ) : null}
        <MutationError
          error={save.error}
          action={user ? 'change users' : 'add users'}
          leftovers={leftovers}
        />
        <TextInput
          label="Username"
          required
          readOnly={Boolean(builtIn)}
          description="Up to 150 letters, digits and @ . + - _"
          error={errors.username?.message}
          {...form.register('username')}
        />
        {user ? null : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <PasswordInput
              label="Password"
              required
              autoComplete="new-password"
              error={errors.password?.message}
              {...form.register('password')}
            />
            <PasswordInput
              label="Confirm password"
              required
              autoComplete="new-password"
              error={errors.confirm?.message}
              {...form.register('confirm')}
            />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="First name"
            error={errors.first_name?.message}
            {...form.register('first_name')}
          />
          <TextInput
            label="Last name"
            error={errors.last_name?.message}
            {...form.register('last_name')}
          />
        </SimpleGrid>
        <TextInput
          label="Email"
          type="email"
          error={errors.email?.message}
          {...form.register('email')}
        />
        <Group>
          <SwitchField
            control={form.control}
            name="is_superuser"
            label="Superuser"
            disabled={Boolean(builtIn)}
          />
          <SwitchField control={form.control} name="is_active" label="Active" />
        </Group>
        <IdMultiSelectField
          control={form.control}
          name="groups"
          label="Groups"
          options={(groups.data ?? []).flatMap((group) =>
            group.id === null ? [] : [{ id: group.id, label: group.name }],
          )}
          loading={groups.isPending}
        />
        {permissions.isSuccess ? (
          <IdMultiSelectField
            control={form.control}
            name="user_permissions"
            label="Permissions"
            description="Django model permissions, e.g. “Can view server”"
            options={permissions.data.map((perm) => ({ id: perm.id, label: perm.name }))}
          />
        ) : null}
        <DialogFooter
          onCancel={onClose}
          submitLabel={user ? 'Save user' : 'Create user'}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}

/** Create, or edit the object as the hub has it now (GET /api/user/{id} first). */
export function UserFormDialog({ user, onClose }: { user: User | null; onClose: () => void }) {
  return (
    <Modal
      opened
      onClose={onClose}
      title={user ? `Edit user ${user.username}` : 'Create user'}
      size="lg"
      centered
    >
      {user ? (
        <FreshItem resource={USERS} id={user.id} what={`user ${user.username}`} onClose={onClose}>
          {(fresh) => <UserForm user={fresh} onClose={onClose} />}
        </FreshItem>
      ) : (
        <UserForm user={null} onClose={onClose} />
      )}
    </Modal>
  );
}
