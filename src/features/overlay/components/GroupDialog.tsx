import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { DialogFooter } from '@/components/DialogFooter';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { allQuery, createItem, updateItem } from '../api/crud';
import { applyFieldErrors } from '../api/drfErrors';
import type { GroupWithId } from '../api/groupIds';
import { overlayKeys } from '../api/keys';
import { type GroupFormValues, groupFormSchema } from '../api/namedForms';
import { GROUPS, PERMISSIONS, USERS } from '../api/resources';
import { IdMultiSelectField } from './IdMultiSelect';
import { MutationError } from './MutationError';

const FIELDS = ['name', 'user_set', 'permissions'] as const;

export function GroupDialog({
  group,
  onClose,
}: {
  group: (GroupWithId & { id: number }) | null;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const users = useQuery(allQuery(connection.id, client, USERS));
  const permissions = useQuery(allQuery(connection.id, client, PERMISSIONS));
  const form = useForm<GroupFormValues>({
    resolver: zodResolver(groupFormSchema),
    defaultValues: {
      name: group?.name ?? '',
      user_set: group?.user_set ?? [],
      permissions: group?.permissions ?? [],
    },
  });
  const [leftovers, setLeftovers] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: (values: GroupFormValues) =>
      group ? updateItem(client, GROUPS, group.id, values) : createItem(client, GROUPS, values),
    onSuccess: async (saved) => {
      notifications.show({
        color: 'teal',
        title: group ? 'Group saved' : 'Group created',
        message: saved.name,
      });
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: overlayKeys.list(connection.id, GROUPS.name) }),
        queryClient.invalidateQueries({ queryKey: overlayKeys.list(connection.id, USERS.name) }),
      ]);
    },
    onError: (error) =>
      setLeftovers(
        applyFieldErrors(error, FIELDS, (field, message) =>
          form.setError(field as (typeof FIELDS)[number], { message }, { shouldFocus: true }),
        ),
      ),
  });
  const { errors } = form.formState;
  return (
    <Modal
      opened
      onClose={onClose}
      title={group ? `Edit group ${group.name}` : 'Create group'}
      centered
    >
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <MutationError
            error={save.error}
            action={group ? 'change groups' : 'add groups'}
            leftovers={leftovers}
          />
          <TextInput
            label="Name"
            required
            description="Unique, up to 150 characters"
            error={errors.name?.message}
            {...form.register('name')}
          />
          <IdMultiSelectField
            control={form.control}
            name="user_set"
            label="Members"
            options={(users.data ?? []).map((user) => ({ id: user.id, label: user.username }))}
            loading={users.isPending}
          />
          {permissions.isSuccess ? (
            <IdMultiSelectField
              control={form.control}
              name="permissions"
              label="Permissions"
              description="Granted to every member"
              options={permissions.data.map((perm) => ({ id: perm.id, label: perm.name }))}
            />
          ) : null}
          <DialogFooter
            onCancel={onClose}
            submitLabel={group ? 'Save group' : 'Create group'}
            loading={save.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
