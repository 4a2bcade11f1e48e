import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
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
import { FieldSaveError } from './FieldSaveError';
import { InterfaceDialog, useSaveInterface } from './InterfaceDialog';

/** Adds a system interface, or edits `item` after reading it fresh (GET …/system/{id}). */
export function SystemInterfaceDialog({
  item,
  onClose,
}: {
  item?: NetworkInterface;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  return (
    <InterfaceDialog
      title={item ? `Edit interface ${item.name}` : 'Add system interface'}
      item={item}
      fresh={(id) => systemInterfaceQuery(connection.id, client, id)}
      what="the interface"
      form={(loaded) => (
        <SystemInterfaceForm {...(loaded ? { item: loaded } : {})} onClose={onClose} />
      )}
      onClose={onClose}
    />
  );
}

function SystemInterfaceForm({ item, onClose }: { item?: NetworkInterface; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const form = useForm<SystemInterfaceValues>({
    resolver: zodResolver(systemInterfaceFormSchema),
    defaultValues: systemInterfaceValues(item),
  });
  const save = useSaveInterface({
    form,
    fields: SYSTEM_INTERFACE_FIELDS,
    item,
    save: (values) => saveSystemInterface(client, values, item?.id),
    listKey: networkKeys.systemInterfaces(connection.id),
    itemKey: (id) => networkKeys.systemInterface(connection.id, id),
    toastNoun: 'Interface',
    onClose,
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <FieldSaveError
          error={save.error}
          fields={SYSTEM_INTERFACE_FIELDS}
          title="The interface was not saved"
        />
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
