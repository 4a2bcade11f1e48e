import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { DialogFooter } from '@/components/DialogFooter';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { allQuery, createItem, updateItem } from '../api/crud';
import { applyFieldErrors } from '../api/drfErrors';
import { overlayKeys } from '../api/keys';
import { type ServerGroupFormValues, serverGroupFormSchema } from '../api/namedForms';
import { SERVERS, SERVER_GROUPS, type ServerGroup } from '../api/resources';
import { FreshItem } from './FreshItem';
import { IdMultiSelectField } from './IdMultiSelect';
import { MutationError } from './MutationError';

const FIELDS = ['name', 'description', 'server_set'] as const;

function ServerGroupForm({ group, onClose }: { group: ServerGroup | null; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const servers = useQuery(allQuery(connection.id, client, SERVERS));
  const form = useForm<ServerGroupFormValues>({
    resolver: zodResolver(serverGroupFormSchema),
    defaultValues: {
      name: group?.name ?? '',
      description: group?.description ?? '',
      server_set: group?.server_set ?? [],
    },
  });
  const [leftovers, setLeftovers] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: (values: ServerGroupFormValues) =>
      group
        ? updateItem(client, SERVER_GROUPS, group.id, values)
        : createItem(client, SERVER_GROUPS, values),
    onSuccess: async (saved) => {
      notifications.show({
        color: 'teal',
        title: group ? 'Server group saved' : 'Server group created',
        message: saved.name,
      });
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: overlayKeys.list(connection.id, SERVER_GROUPS.name),
        }),
        queryClient.invalidateQueries({ queryKey: overlayKeys.list(connection.id, SERVERS.name) }),
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
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <MutationError
          error={save.error}
          action={group ? 'change server groups' : 'add server groups'}
          leftovers={leftovers}
        />
        <TextInput
          label="Name"
          required
          description="Up to 200 characters, no commas"
          error={errors.name?.message}
          {...form.register('name')}
        />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          error={errors.description?.message}
          {...form.register('description')}
        />
        <IdMultiSelectField
          control={form.control}
          name="server_set"
          label="Servers"
          options={(servers.data ?? []).map((server) => ({
            id: server.id,
            label: server.fqdn,
          }))}
          loading={servers.isPending}
        />
        <DialogFooter
          onCancel={onClose}
          submitLabel={group ? 'Save server group' : 'Create server group'}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}

/** Create, or edit the object as the hub has it now (GET /api/servergroup/{id} first). */
export function ServerGroupDialog({
  group,
  onClose,
}: {
  group: ServerGroup | null;
  onClose: () => void;
}) {
  return (
    <Modal
      opened
      onClose={onClose}
      title={group ? `Edit server group ${group.name}` : 'Create server group'}
      centered
    >
      {group ? (
        <FreshItem
          resource={SERVER_GROUPS}
          id={group.id}
          what={`server group ${group.name}`}
          onClose={onClose}
        >
          {(fresh) => <ServerGroupForm group={fresh} onClose={onClose} />}
        </FreshItem>
      ) : (
        <ServerGroupForm group={null} onClose={onClose} />
      )}
    </Modal>
  );
}
