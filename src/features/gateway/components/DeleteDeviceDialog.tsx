import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { deleteDevice } from '../api/deleteDevice';
import { gatewayKeys } from '../api/keys';
import { describeGatewayError } from '../api/scopeError';

export interface DeviceRef {
  uuid: string;
  name?: string | undefined;
}

export function deviceLabel(device: DeviceRef): string {
  return device.name ? `${device.name} (${device.uuid})` : device.uuid;
}

/** Explains the denied list and the key-rotation caveat before deleting a device. */
export function DeleteDeviceDialog({
  device,
  onClose,
  onDeleted,
}: {
  device: DeviceRef | null;
  onClose: () => void;
  onDeleted?: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (uuid: string) => deleteDevice(client, uuid),
    onSuccess: async (_data, uuid) => {
      queryClient.removeQueries({ queryKey: gatewayKeys.device(connection.id, uuid) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: gatewayKeys.devices(connection.id) }),
        queryClient.invalidateQueries({ queryKey: gatewayKeys.denied(connection.id) }),
        queryClient.invalidateQueries({ queryKey: gatewayKeys.groups(connection.id) }),
        queryClient.invalidateQueries({ queryKey: gatewayKeys.knownLabels(connection.id) }),
      ]);
      notifications.show({
        color: 'teal',
        title: 'Device deleted',
        message: `${device ? deviceLabel(device) : uuid} is now on the denied list.`,
      });
      onClose();
      onDeleted?.();
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'The device was not deleted',
        message: describeGatewayError(error),
      }),
  });

  return (
    <ConfirmDialog
      opened={device !== null}
      title={`Delete ${device?.name ?? 'device'}?`}
      confirmLabel="Delete device"
      loading={remove.isPending}
      onCancel={() => {
        remove.reset();
        onClose();
      }}
      onConfirm={() => device && remove.mutate(device.uuid)}
    >
      <Text span display="block" mb="xs">
        Deleting {device ? deviceLabel(device) : ''} puts it on the denied list: the gateway keeps
        its record and rejects its connections from then on.
      </Text>
      <Text span display="block" mb="xs">
        Its stored configs, update events and apps states are destroyed. Restoring it from the
        denied list brings back the server record only, not that data.
      </Text>
      <Text span display="block" fw={600}>
        Key rotation: the record keeps the device&apos;s current public key, and the gateway does
        not support key rotation. If the device makes a new key pair while denied (for example after
        a factory reset), restoring it will not let it connect, and it will not enrol afresh: it
        must then be deleted and re-enrolled from scratch.
      </Text>
    </ConfirmDialog>
  );
}
