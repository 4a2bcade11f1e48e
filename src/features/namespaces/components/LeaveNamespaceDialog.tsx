import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { sessionStore } from '@/auth/sessionStore';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { leaveNamespace } from '../api/leaveNamespace';
import { describeFailure } from '../api/roles';
import type { Namespace } from '../api/schemas';
import { useAdoptUserAuth } from './useSwitchNamespace';
import { useNamespaceSession } from './useNamespaceSession';

/** Leaving answers a token for another namespace of the user; with none left, sign out. */
export function LeaveNamespaceDialog({
  namespace,
  opened,
  onClose,
}: {
  namespace: Namespace;
  opened: boolean;
  onClose: () => void;
}) {
  const { connection, client } = useNamespaceSession();
  const adopt = useAdoptUserAuth();
  const navigate = useNavigate();
  const leave = useMutation({
    mutationFn: () => leaveNamespace(client, namespace.tenant_id),
    onSuccess: (auth) => {
      notifications.show({
        color: 'teal',
        title: 'You left the namespace',
        message: `You are no longer a member of ${namespace.name}.`,
      });
      onClose();
      if (auth.tenant) {
        adopt(auth);
        void navigate(`/c/${connection.id}`);
      } else {
        sessionStore.signOut(connection.id);
      }
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'You are still a member',
        message: describeFailure(error, 'leave this namespace'),
      }),
  });
  return (
    <ConfirmDialog
      opened={opened}
      title={`Leave ${namespace.name}?`}
      confirmLabel="Leave namespace"
      loading={leave.isPending}
      onCancel={onClose}
      onConfirm={() => leave.mutate()}
    >
      You will lose access to the devices and sessions of {namespace.name} until a member invites
      you again.
    </ConfirmDialog>
  );
}
