import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { GRE_FIELDS, type GreFormValues, greFormSchema, greValues, saveGre } from '../api/gre';
import type { NetworkInterface } from '../api/interfaces';
import { networkKeys } from '../api/keys';
import { MutationError } from './MutationError';

export function GreDialog({ item, onClose }: { item?: NetworkInterface; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<GreFormValues>({
    resolver: zodResolver(greFormSchema),
    defaultValues: greValues(item),
  });
  const save = useMutation({
    mutationFn: (values: GreFormValues) => saveGre(client, values, item?.id),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({
        queryKey: networkKeys.interfaces(connection.id),
        exact: true,
      });
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
    <Modal
      opened
      onClose={onClose}
      title={item ? `Edit GRE interface ${item.name}` : 'Add GRE interface'}
    >
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
    </Modal>
  );
}
