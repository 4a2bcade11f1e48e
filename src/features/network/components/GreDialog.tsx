import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  GRE_FIELDS,
  type GreFormValues,
  greFormSchema,
  greInterfaceQuery,
  greValues,
  saveGre,
} from '../api/gre';
import type { NetworkInterface } from '../api/interfaces';
import { networkKeys } from '../api/keys';
import { MutationError } from './MutationError';

/** Adds an edge GRE interface, or edits `item` after reading it fresh (GET …/edge_gre/{id}). */
export function GreDialog({ item, onClose }: { item?: NetworkInterface; onClose: () => void }) {
  return (
    <Modal
      opened
      onClose={onClose}
      title={item ? `Edit GRE interface ${item.name}` : 'Add GRE interface'}
    >
      {item ? <LoadGre id={item.id} onClose={onClose} /> : <GreForm onClose={onClose} />}
    </Modal>
  );
}

function LoadGre({ id, onClose }: { id: number; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const gre = useQuery(greInterfaceQuery(connection.id, client, id));
  return (
    <QueryBoundary query={gre} what="the GRE interface" skeletonHeight={360}>
      {(loaded) => <GreForm item={loaded} onClose={onClose} />}
    </QueryBoundary>
  );
}

function GreForm({ item, onClose }: { item?: NetworkInterface; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<GreFormValues>({
    resolver: zodResolver(greFormSchema),
    defaultValues: greValues(item),
  });
  const save = useMutation({
    mutationFn: (values: GreFormValues) => saveGre(client, values, item?.id),
    onSuccess: async (saved) => {
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: networkKeys.interfaces(connection.id),
          exact: true,
        }),
        queryClient.invalidateQueries({
          queryKey: networkKeys.greInterfaces(connection.id),
          exact: true,
        }),
        item
          ? queryClient.invalidateQueries({
              queryKey: networkKeys.greInterface(connection.id, item.id),
            })
          : null,
      ]);
      notifications.show({
        color: 'teal',
        title: item ? 'GRE interface saved' : 'GRE interface added',
        message: saved.name,
      });
      onClose();
    },
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, GRE_FIELDS);
      if (mapped) form.setError(mapped.field, { message: mapped.message }, { shouldFocus: true });
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        {fieldOfVns3Error(save.error, GRE_FIELDS) ? null : (
          <MutationError error={save.error} title="The GRE interface was not saved" />
        )}
        <TextInput
          label="Name"
          required
          error={errors.endpointName?.message}
          {...form.register('endpointName')}
        />
        <Group grow align="flex-start">
          <TextInput
            label="Inside address"
            required
            error={errors.ipInternal?.message}
            {...form.register('ipInternal')}
          />
          <TextInput
            label="Prefix length"
            required
            error={errors.maskBits?.message}
            {...form.register('maskBits')}
          />
        </Group>
        <TextInput
          label="Local address"
          required
          error={errors.localConnectionIp?.message}
          {...form.register('localConnectionIp')}
        />
        <TextInput
          label="Remote address"
          required
          error={errors.remoteConnectionIp?.message}
          {...form.register('remoteConnectionIp')}
        />
        <Group grow align="flex-start">
          <TextInput label="TTL" required error={errors.ttl?.message} {...form.register('ttl')} />
          <TextInput label="MTU" required error={errors.mtu?.message} {...form.register('mtu')} />
        </Group>
        <TextInput
          label="Description"
          error={errors.description?.message}
          {...form.register('description')}
        />
        <Checkbox label="Enabled" {...form.register('enabled')} />
        <DialogFooter
          onCancel={onClose}
          submitLabel={item ? 'Save GRE interface' : 'Add GRE interface'}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}
