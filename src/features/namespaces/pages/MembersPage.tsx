import { Badge, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { namespaceQuery } from '../api/namespace';
import { ROLE_LABELS, atLeast, outranks } from '../api/roles';
import type { Member, Namespace } from '../api/schemas';
import { InviteMemberDialog } from '../components/InviteMemberDialog';
import { MemberRoleSelect, memberLabel } from '../components/MemberRoleSelect';
import { NoIdentity } from '../components/NoIdentity';
import { RemoveMemberDialog } from '../components/RemoveMemberDialog';
import { RoleNotice } from '../components/RoleNotice';
import { useNamespaceSession } from '../components/useNamespaceSession';

export function MembersPage() {
  const { connection, client, identity } = useNamespaceSession();
  const [inviting, setInviting] = useState(false);
  const tenant = identity?.tenant ?? '';
  const query = useQuery({ ...namespaceQuery(connection.id, client, tenant), enabled: !!tenant });
  if (!identity?.tenant) return <NoIdentity title="Members" />;
  const canManage = atLeast(identity.role, 'administrator');
  return (
    <Stack maw={1100}>
      <PageHeader
        title="Members"
        description="Who can use this namespace, and with which role."
        actions={
          canManage ? <Button onClick={() => setInviting(true)}>Invite member</Button> : undefined
        }
      />
      {canManage ? (
        <InviteMemberDialog tenant={tenant} opened={inviting} onClose={() => setInviting(false)} />
      ) : (
        <RoleNotice role={identity.role} cannot="invite, change or remove members" />
      )}
      <QueryBoundary query={query} what="the members" skeletonHeight={240}>
        {(namespace) => <MembersTable namespace={namespace} />}
      </QueryBoundary>
    </Stack>
  );
}

function MembersTable({ namespace }: { namespace: Namespace }) {
  const { identity } = useNamespaceSession();
  const [removing, setRemoving] = useState<Member | null>(null);
  const self = identity?.username;
  const manageable = (member: Member) =>
    atLeast(identity?.role, 'administrator') &&
    member.username !== self &&
    outranks(identity?.role, member.role);
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Member</Table.Th>
              <Table.Th>E-mail</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Added</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {namespace.members.map((member) => (
              <Table.Tr key={member.id}>
                <Table.Td>
                  {memberLabel(member)}
                  {member.username === self ? (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      (you)
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{member.email || '—'}</Table.Td>
                <Table.Td>
                  {manageable(member) ? (
                    <MemberRoleSelect tenant={namespace.tenant_id} member={member} />
                  ) : (
                    ROLE_LABELS[member.role]
                  )}
                </Table.Td>
                <Table.Td>
                  {member.status === 'pending' ? (
                    <Badge color="yellow" variant="light">
                      Invited
                    </Badge>
                  ) : (
                    <Badge color="teal" variant="light">
                      Active
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {member.added_at ? new Date(member.added_at).toLocaleDateString() : '—'}
                </Table.Td>
                <Table.Td>
                  {manageable(member) ? (
                    <Group justify="flex-end">
                      <Button
                        size="xs"
                        color="red"
                        variant="subtle"
                        aria-label={`Remove ${memberLabel(member)}`}
                        onClick={() => setRemoving(member)}
                      >
                        Remove
                      </Button>
                    </Group>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RemoveMemberDialog
        tenant={namespace.tenant_id}
        member={removing}
        onClose={() => setRemoving(null)}
      />
    </Paper>
  );
}
