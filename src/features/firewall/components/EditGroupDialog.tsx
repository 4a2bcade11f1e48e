import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { QueryBoundary } from '@/components/QueryBoundary';
import { type RuleGroup, groupQuery, renameSchema, updateGroup } from '../api/groups';
import { firewallKeys } from '../api/keys';
import { MutationError } from './MutationError';

function groupFormSchema(taken: readonly string[]) {
  return z.object({
    name: renameSchema(taken),
    description: z.string().check(z.maxLength(255, 'At most 255 characters')),
  });
}
type GroupFormValues = z.infer<ReturnType<typeof groupFormSchema>>;

/** Renames a rule group or changes its description (PUT …/rule-groups/{name}), read fresh first. */
export function EditGroupDialog({
  name,
  otherNames,
  onClose,
}: {
  name: string;
  otherNames: readonly string[];
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const group = useQuery(groupQuery(connection.id, client, name));
  return (
    <Modal opened onClose={onClose} title={`Edit group ${name}`}>
      <QueryBoundary query={group} what={`group ${name}`}>
        {(current) => <GroupForm group={current} otherNames={otherNames} onClose={onClose} />}
      </QueryBoundary>
    </Modal>
  );
}

function GroupForm({
  group,
  otherNames,
  onClose,
}: {
  group: RuleGroup;
  otherNames: readonly string[];
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<GroupFormValues>({
    resolver: zodResolver(groupFormSchema(otherNames)),
    defaultValues: { name: group.name, description: group.description ?? '' },
  });
  const save = useMutation({
    mutationFn: (values: GroupFormValues) => updateGroup(client, group.name, values),
    onSuccess: async (saved) => {
      // Closed first, so the old name's detail is not read again.
      onClose();
      if (saved.name !== group.name) {
        queryClient.removeQueries({ queryKey: firewallKeys.group(connection.id, group.name) });
      }
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: firewallKeys.groups(connection.id) }),
        // A rename changes the group named on each of its rules.
        saved.name !== group.name
          ? queryClient.invalidateQueries({ queryKey: firewallKeys.v2Rules(connection.id) })
          : null,
      ]);
      notifications.show({ color: 'teal', title: 'Group saved', message: saved.name });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400) {
        const field = /description/i.test(error.message) ? 'description' : 'name';
        form.setError(field, { message: error.message }, { shouldFocus: true });
      }
    },
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <MutationError error={save.error} title="The group was not saved" />
        <TextInput
          label="Name"
          description="Renaming keeps the group's rules."
          required
          error={errors.name?.message}
          {...form.register('name')}
        />
        <TextInput
          label="Description"
          error={errors.description?.message}
          {...form.register('description')}
        />
        <DialogFooter onCancel={onClose} submitLabel="Save group" loading={save.isPending} />
      </Stack>
    </form>
  );
}
