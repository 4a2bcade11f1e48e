import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
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
import { FieldSaveError } from './FieldSaveError';
import { InterfaceDialog, useSaveInterface } from './InterfaceDialog';

/** Adds an edge GRE interface, or edits `item` after reading it fresh (GET …/edge_gre/{id}). */
export function GreDialog({ item, onClose }: { item?: NetworkInterface; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  return (
    <InterfaceDialog
      title={item ? `Edit GRE interface ${item.name}` : 'Add GRE interface'}
      item={item}
      fresh={(id) => greInterfaceQuery(connection.id, client, id)}
      what="the GRE interface"
      form={(loaded) => <GreForm {...(loaded ? { item: loaded } : {})} onClose={onClose} />}
      onClose={onClose}
    />
  );
}

function GreForm({ item, onClose }: { item?: NetworkInterface; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const form = useForm<GreFormValues>({
    resolver: zodResolver(greFormSchema),
    defaultValues: greValues(item),
  });
  const save = useSaveInterface({
    form,
    fields: GRE_FIELDS,
    item,
    save: (values) => saveGre(client, values, item?.id),
    listKey: networkKeys.greInterfaces(connection.id),
    itemKey: (id) => networkKeys.greInterface(connection.id, id),
    toastNoun: 'GRE interface',
    onClose,
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <FieldSaveError
          error={save.error}
          fields={GRE_FIELDS}
          title="The GRE interface was not saved"
        />
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
