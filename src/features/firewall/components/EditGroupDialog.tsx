import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { FreshItem } from '@/components/FreshItem';
import {
  type RuleGroup,
  descriptionSchema,
  groupQuery,
  renameSchema,
  updateGroup,
} from '../api/groups';
import { firewallKeys } from '../api/keys';
import { MutationError } from './MutationError';
import { NameDescriptionFields } from './NameDescriptionFields';

function groupFormSchema(taken: readonly string[]) {
  return z.object({
    name: renameSchema(taken),
    description: descriptionSchema,
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
  return (
    <Modal opened onClose={onClose} title={`Edit group ${name}`}>
      <FreshItem options={groupQuery(connection.id, client, name)} what={`group ${name}`}>
        {(current) => <GroupForm group={current} otherNames={otherNames} onClose={onClose} />}
      </FreshItem>
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
        <NameDescriptionFields
          nameDescription="Renaming keeps the group's rules."
          field={(field) => ({ error: errors[field]?.message, ...form.register(field) })}
        />
        <DialogFooter onCancel={onClose} submitLabel="Save group" loading={save.isPending} />
      </Stack>
    </form>
  );
}
