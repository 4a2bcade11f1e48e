import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { removeDevice, setDeviceStatus } from '../api/devices';
import { type ItemKind, shKeys } from '../api/keys';
import { describeError } from './permissions';

export interface DeviceRef {
  uid: string;
  name: string;
}

const NOUN: Record<ItemKind, string> = { device: 'Device', container: 'Container' };

/** Accept, reject and remove, each with its toast; they refresh the lists and counts. */
export function useDeviceActions(kind: ItemKind) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const refresh = async (alsoSessions = false) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: shKeys.devices(connection.id, kind) }),
      queryClient.invalidateQueries({ queryKey: shKeys.stats(connection.id) }),
      alsoSessions
        ? queryClient.invalidateQueries({ queryKey: shKeys.sessions(connection.id) })
        : null,
    ]);
  };

  const status = useMutation({
    mutationFn: ({ device, to }: { device: DeviceRef; to: 'accepted' | 'rejected' }) =>
      setDeviceStatus(client, kind, device.uid, to),
    onSuccess: async (_data, { device, to }) => {
      await refresh();
      notifications.show({
        color: 'teal',
        title: `${NOUN[kind]} ${to}`,
        message: `${device.name} is now ${to}.`,
      });
    },
    onError: (error, { device, to }) =>
      notifications.show({
        color: 'red',
        title: `${device.name} was not ${to}`,
        message: describeError(error, `${to === 'accepted' ? 'accept' : 'reject'} ${kind}s`),
      }),
  });

  const remove = useMutation({
    mutationFn: (device: DeviceRef) => removeDevice(client, kind, device.uid),
    onSuccess: async (_data, device) => {
      queryClient.removeQueries({ queryKey: shKeys.device(connection.id, kind, device.uid) });
      await refresh(true);
      notifications.show({
        color: 'teal',
        title: `${NOUN[kind]} removed`,
        message: `${device.name} was removed from the namespace.`,
      });
    },
    onError: (error, device) =>
      notifications.show({
        color: 'red',
        title: `${device.name} was not removed`,
        message: describeError(error, `remove ${kind}s`),
      }),
  });

  return { status, remove };
}
