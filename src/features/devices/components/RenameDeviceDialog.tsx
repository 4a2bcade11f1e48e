import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import { fieldErrors } from '@/api/shellhub/shdevices';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { renameDevice } from '../api/devices';
import { type ItemKind, shKeys } from '../api/keys';
import { deviceNameSchema } from '../api/tagRules';
import { ActionError } from './ActionError';
import type { DeviceRef } from './useDeviceActions';

const schema = z.object({ name: deviceNameSchema });
type Values = z.infer<typeof schema>;

/** PUT /api/devices/{uid} {name}; a taken name (409) or a field error lands on the field. */
export function RenameDeviceDialog({
  kind,
  device,
  opened,
  onClose,
}: {
  kind: ItemKind;
  device: DeviceRef;
  opened: boolean;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    values: { name: device.name },
  });
  const rename = useMutation({
    mutationFn: (values: Values) => renameDevice(client, kind, device.uid, values.name),
    onSuccess: async (_data, values) => {
      await queryClient.invalidateQueries({ queryKey: shKeys.devices(connection.id, kind) });
      notifications.show({
        color: 'teal',
        title: 'Renamed',
        message: `${device.name} is now ${values.name}.`,
      });
      onClose();
    },
    onError: (error) => {
      const reason = fieldErrors(error).name;
      if (reason) form.setError('name', { message: `The server says: ${reason}` });
      else if (error instanceof ApiError && error.status === 409) {
        form.setError('name', { message: error.message });
      }
    },
  });
  const fieldError =
    rename.error instanceof ApiError &&
    (rename.error.status === 409 || fieldErrors(rename.error).name);

  function close() {
    rename.reset();
    form.reset();
    onClose();
  }

  return (
    <Modal opened={opened} onClose={close} title={`Rename ${device.name}`}>
      <form onSubmit={form.handleSubmit((values) => rename.mutate(values))} noValidate>
        <Stack>
          {fieldError ? null : (
            <ActionError error={rename.error} title="Not renamed" action={`rename ${kind}s`} />
          )}
          <TextInput
            label="Name"
            required
            data-autofocus
            error={form.formState.errors.name?.message}
            {...form.register('name')}
          />
          <DialogFooter onCancel={close} submitLabel="Rename" loading={rename.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
