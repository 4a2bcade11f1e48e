import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ShellHubRole } from '@/auth/shellhub/identity';
import { namespacesKeys } from '../api/keys';
import { updateMemberRole } from '../api/members';
import { ROLE_LABELS, atLeast, describeFailure } from '../api/roles';
import { INVITABLE_ROLES } from '../api/rules';
import type { Member } from '../api/schemas';
import { useNamespaceSession } from './useNamespaceSession';

export function memberLabel(member: Member): string {
  return member.username || member.email || member.id;
}

export function MemberRoleSelect({ tenant, member }: { tenant: string; member: Member }) {
  const { connection, client, identity } = useNamespaceSession();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (role: ShellHubRole) => updateMemberRole(client, tenant, member.id, role),
    onSuccess: async (_data, role) => {
      await queryClient.invalidateQueries({
        queryKey: namespacesKeys.namespace(connection.id, tenant),
        exact: true,
      });
      notifications.show({
        color: 'teal',
        title: 'Role changed',
        message: `${memberLabel(member)} is now ${ROLE_LABELS[role].toLowerCase()}.`,
      });
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'The role was not changed',
        message: describeFailure(error, "change this member's role"),
      }),
  });
  const roles = INVITABLE_ROLES.filter((role) => atLeast(identity?.role, role));
  return (
    <Select
      aria-label={`Role of ${memberLabel(member)}`}
      size="xs"
      w={160}
      allowDeselect={false}
      data={roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
      value={change.isPending ? change.variables : member.role}
      disabled={change.isPending}
      onChange={(value) => {
        if (value && value !== member.role) change.mutate(value as ShellHubRole);
      }}
    />
  );
}
