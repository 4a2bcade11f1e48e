import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  createGroup,
  deleteGroup,
  descriptionSchema,
  groupNameSchema,
  groupsQuery,
} from '../api/groups';
import { firewallKeys } from '../api/keys';
import { EditDeleteButtons } from './EditDeleteButtons';
import { MutationError } from './MutationError';

const EditGroupDialog = lazy(async () => ({
  default: (await import('./EditGroupDialog')).EditGroupDialog,
}));
const AddGroupRuleDialog = lazy(async () => ({
  default: (await import('./AddGroupRuleDialog')).AddGroupRuleDialog,
}));

const groupFormSchema = z.object({
  name: groupNameSchema,
  description: descriptionSchema,
});
type GroupFormValues = z.infer<typeof groupFormSchema>;

/** Rule groups: named sets of v2 rules, e.g. to export or filter them together. */
export function GroupsSection() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const groups = useQuery(groupsQuery(connection.id, client));
  const [deleting, setDeleting] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const form = useForm<GroupFormValues>({
    resolver: zodResolver(groupFormSchema),
    defaultValues: { name: '', description: '' },
  });
  const create = useMutation({
    mutationFn: (values: GroupFormValues) => createGroup(client, values),
    onSuccess: async (group) => {
      form.reset();
      await queryClient.invalidateQueries({ queryKey: firewallKeys.groups(connection.id) });
      notifications.show({ color: 'teal', title: 'Group created', message: group.name });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400 && /name|group/i.test(error.message)) {
        form.setError('name', { message: error.message }, { shouldFocus: true });
      }
    },
  });
  const remove = useMutation({
    mutationFn: (name: string) => deleteGroup(client, name),
    onSuccess: async (_data, name) => {
      setDeleting(null);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: firewallKeys.groups(connection.id) }),
        queryClient.invalidateQueries({ queryKey: firewallKeys.v2Rules(connection.id) }),
      ]);
      notifications.show({ color: 'teal', title: 'Group deleted', message: name });
    },
    onError: () => setDeleting(null),
  });
  const { errors } = form.formState;

  return (
    <Stack>
      <Title order={2}>Rule groups</Title>
      <MutationError error={remove.error} title="The group was not deleted" />
      <QueryBoundary query={groups} what="the rule groups">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No rule groups">Create one below.</EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table aria-label="Rule groups">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Description</Table.Th>
                    <Table.Th>Rules</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((group) => (
                    <Table.Tr key={group.name}>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {group.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>{group.description}</Table.Td>
                      <Table.Td>{group.size ?? group.rules?.length ?? 0}</Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="compact-xs"
                            variant="default"
                            aria-label={`Add a rule to ${group.name}`}
                            onClick={() => setAdding(group.name)}
                          >
                            Add rule
                          </Button>
                          <EditDeleteButtons
                            what={`group ${group.name}`}
                            onEdit={() => setEditing(group.name)}
                            onDelete={() => setDeleting(group.name)}
                          />
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryBoundary>
      <Paper withBorder p="md" radius="md" maw={640}>
        <form onSubmit={form.handleSubmit((values) => create.mutate(values))} noValidate>
          <Stack>
            <Title order={3} size="h5">
              New group
            </Title>
            <MutationError error={create.error} title="The group was not created" />
            <TextInput
              label="Group name"
              required
              error={errors.name?.message}
              {...form.register('name')}
            />
            <TextInput
              label="Description"
              error={errors.description?.message}
              {...form.register('description')}
            />
            <Group>
              <Button type="submit" loading={create.isPending}>
                Create group
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Suspense fallback={null}>
        {editing ? (
          <EditGroupDialog
            name={editing}
            otherNames={(groups.data ?? [])
              .map((group) => group.name)
              .filter((name) => name !== editing)}
            onClose={() => setEditing(null)}
          />
        ) : null}
        {adding ? <AddGroupRuleDialog group={adding} onClose={() => setAdding(null)} /> : null}
      </Suspense>
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete group ${deleting ?? ''}?`}
        confirmLabel="Delete group"
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      >
        The group {deleting} is removed. Its rules stay in the firewall, without this group.
      </ConfirmDialog>
    </Stack>
  );
}
