import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { namespacesKeys } from '../api/keys';
import { removeMember } from '../api/members';
import { describeFailure } from '../api/roles';
import type { Member } from '../api/schemas';
import { memberLabel } from './MemberRoleSelect';
import { useNamespaceSession } from './useNamespaceSession';

export function RemoveMemberDialog({
  tenant,
  member,
  onClose,
}: {
  tenant: string;
  member: Member | null;
  onClose: () => void;
}) {
  const { connection, client } = useNamespaceSession();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (target: Member) => removeMember(client, tenant, target.id),
    onSuccess: async (_data, target) => {
      await queryClient.invalidateQueries({
        queryKey: namespacesKeys.namespace(connection.id, tenant),
        exact: true,
      });
      notifications.show({
        color: 'teal',
        title: 'Member removed',
        message: `${memberLabel(target)} no longer has access to this namespace.`,
      });
      onClose();
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'The member was not removed',
        message: describeFailure(error, 'remove this member'),
      }),
  });
  const label = member ? memberLabel(member) : '';
  return (
    <ConfirmDialog
      opened={member !== null}
      title={`Remove ${label}?`}
      confirmLabel="Remove member"
      loading={remove.isPending}
      onCancel={onClose}
      onConfirm={() => member && remove.mutate(member)}
    >
      {label} loses access to this namespace&apos;s devices and sessions at once.
    </ConfirmDialog>
  );
}
