import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { QueryBoundary } from '@/components/QueryBoundary';
import type { NetworkInterface } from '../api/interfaces';
import { networkKeys } from '../api/keys';
import {
  SYSTEM_INTERFACE_FIELDS,
  type SystemInterfaceValues,
  saveSystemInterface,
  systemInterfaceFormSchema,
  systemInterfaceQuery,
  systemInterfaceValues,
} from '../api/systemInterfaces';
import { MutationError } from './MutationError';

/** Adds a system interface, or edits `item` after reading it fresh (GET …/system/{id}). */
export function SystemInterfaceDialog({
  item,
  onClose,
}: {
  item?: NetworkInterface;
  onClose: () => void;
}) {
  return (
    <Modal
      opened
      onClose={onClose}
      title={item ? `Edit interface ${item.name}` : 'Add system interface'}
    >
      {item ? (
        <LoadInterface id={item.id} onClose={onClose} />
      ) : (
        <SystemInterfaceForm onClose={onClose} />
      )}
    </Modal>
  );
}

function LoadInterface({ id, onClose }: { id: number; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const loaded = useQuery(systemInterfaceQuery(connection.id, client, id));
  return (
    <QueryBoundary query={loaded} what="the interface" skeletonHeight={360}>
      {(item) => <SystemInterfaceForm item={item} onClose={onClose} />}
    </QueryBoundary>
  );
}

function SystemInterfaceForm({ item, onClose }: { item?: NetworkInterface; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<SystemInterfaceValues>({
    resolver: zodResolver(systemInterfaceFormSchema),
    defaultValues: systemInterfaceValues(item),
  });
  const save = useMutation({
    mutationFn: (values: SystemInterfaceValues) => saveSystemInterface(client, values, item?.id),
    onSuccess: async (saved) => {
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: networkKeys.systemInterfaces(connection.id),
          exact: true,
        }),
        queryClient.invalidateQueries({
          queryKey: networkKeys.interfaces(connection.id),
          exact: true,
        }),
        item
          ? queryClient.invalidateQueries({
              queryKey: networkKeys.systemInterface(connection.id, item.id),
            })
          : null,
      ]);
      notifications.show({
        color: 'teal',
        title: item ? 'Interface saved' : 'Interface added',
        message: saved.name,
      });
      onClose();
    },
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, SYSTEM_INTERFACE_FIELDS);
      if (mapped) form.setError(mapped.field, { message: mapped.message }, { shouldFocus: true });
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        {fieldOfVns3Error(save.error, SYSTEM_INTERFACE_FIELDS) ? null : (
          <MutationError error={save.error} title="The interface was not saved" />
        )}
        <TextInput
          label="Name"
          required
          data-autofocus
          error={errors.name?.message}
          {...form.register('name')}
        />
        <Group grow align="flex-start">
          <TextInput
            label="Internal address"
            error={errors.ipInternal?.message}
            {...form.register('ipInternal')}
          />
          <TextInput
            label="Prefix length"
            error={errors.maskBits?.message}
            {...form.register('maskBits')}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label="External address"
            error={errors.ipExternal?.message}
            {...form.register('ipExternal')}
          />
          <TextInput
            label="Gateway"
            error={errors.gateway?.message}
            {...form.register('gateway')}
          />
        </Group>
        <TextInput label="MTU" required error={errors.mtu?.message} {...form.register('mtu')} />
        <TextInput
          label="Description"
          error={errors.description?.message}
          {...form.register('description')}
        />
        <Checkbox label="Enabled" {...form.register('enabled')} />
        <DialogFooter
          onCancel={onClose}
          submitLabel={item ? 'Save interface' : 'Add interface'}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}
