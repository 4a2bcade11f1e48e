import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useShellHubIdentity } from '@/auth/shellhub/identity';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { evaluateBilling, fetchBillingState, reportDeviceAccept } from '../api/billing';
import { removeDevice, setDeviceStatus } from '../api/devices';
import { type ItemKind, shKeys } from '../api/keys';
import { describeError } from './permissions';

export interface DeviceRef {
  uid: string;
  name: string;
}

const NOUN: Record<ItemKind, string> = { device: 'Device', container: 'Container' };

/**
 * Accept, reject and remove, each with its toast; they refresh the lists and counts.
 *
 * Billing is owner-only and JWT-only, so only an owner's accept involves it: in a billed
 * namespace the accept is reported (`device_accept`); otherwise billing is asked first whether
 * another device fits, and when it does not, `limitReached` names the device instead.
 */
export function useDeviceActions(kind: ItemKind) {
  const { connection, session, client } = useConnectionClient();
  const identity = useShellHubIdentity();
  const queryClient = useQueryClient();
  const [limitReached, setLimitReached] = useState<DeviceRef | null>(null);
  const billingApplies =
    identity?.role === 'owner' &&
    session.credential.kind === 'shellhub' &&
    'jwt' in session.credential;

  async function accept(uid: string): Promise<'accepted' | 'limit-reached'> {
    if (!billingApplies || !identity) {
      await setDeviceStatus(client, kind, uid, 'accepted');
      return 'accepted';
    }
    const { billed } = await queryClient.fetchQuery({
      queryKey: shKeys.acceptBilling(connection.id, identity.tenant),
      queryFn: ({ signal }) => fetchBillingState(client, identity.tenant, signal),
      staleTime: 30_000,
    });
    if (!billed && !(await evaluateBilling(client)).can_accept) return 'limit-reached';
    await setDeviceStatus(client, kind, uid, 'accepted');
    if (billed) await reportDeviceAccept(client);
    return 'accepted';
  }

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
    mutationFn: async ({ device, to }: { device: DeviceRef; to: 'accepted' | 'rejected' }) => {
      if (to === 'accepted') return accept(device.uid);
      await setDeviceStatus(client, kind, device.uid, to);
      return to;
    },
    onSuccess: async (outcome, { device, to }) => {
      if (outcome === 'limit-reached') {
        setLimitReached(device);
        return;
      }
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

  return { status, remove, limitReached, closeLimit: () => setLimitReached(null) };
}
