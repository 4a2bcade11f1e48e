import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { deleteItem, pageQuery } from '../api/crud';
import { groupsQuery } from '../api/groupIds';
import { overlayKeys } from '../api/keys';
import { GROUPS, IMMUTABLE_USERS, RULES, USERS, type User } from '../api/resources';
import { DeleteAction } from '../components/DeleteAction';
import { OverlayBoundary } from '../components/Forbidden';
import { Pager } from '../components/Pager';
import { PasswordDialog } from '../components/PasswordDialog';
import { UserFormDialog } from '../components/UserFormDialog';
import { usePageParam } from '../components/usePageParam';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'password'; user: User };

export function UsersPage() {
  const { connection, client } = useConnectionClient();
  const [page, setPage] = usePageParam();
  const users = useQuery(pageQuery(connection.id, client, USERS, page));
  const groups = useQuery({ ...groupsQuery(connection.id, client), enabled: users.isSuccess });
  const groupName = new Map(groups.data?.map((group) => [group.id, group.name]));
  const [dialog, setDialog] = useState<Dialog | null>(null);

  return (
    <>
      <PageHeader
        title="Users"
        description="People who reach the overlay network with the OpenVPN client, and who use the hub."
        actions={<Button onClick={() => setDialog({ kind: 'create' })}>Create user</Button>}
      />
      <OverlayBoundary query={users} what="users" action="view users">
        {(data) => (
          <Paper withBorder radius="md" p="sm">
            <Table.ScrollContainer minWidth={760}>
              <Table striped highlightOnHover aria-label="Users">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Username</Table.Th>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Email</Table.Th>
                    <Table.Th>Role</Table.Th>
                    <Table.Th>Groups</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.results.map((user) => {
                    const builtIn = IMMUTABLE_USERS[user.id] !== undefined;
                    return (
                      <Table.Tr key={user.id}>
                        <Table.Td>
                          <Group gap={6} wrap="nowrap">
                            <Text size="sm" fw={500}>
                              {user.username}
                            </Text>
                            {builtIn ? (
                              <Badge size="xs" variant="outline" color="gray">
                                Built-in
                              </Badge>
                            ) : null}
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          {[user.first_name, user.last_name].filter(Boolean).join(' ') || '—'}
                        </Table.Td>
                        <Table.Td>{user.email || '—'}</Table.Td>
                        <Table.Td>
                          <Group gap={4}>
                            {user.is_superuser ? (
                              <Badge variant="light" color="grape">
                                Superuser
                              </Badge>
                            ) : (
                              <Badge variant="light" color="gray">
                                User
                              </Badge>
                            )}
                            {user.is_active ? null : (
                              <Badge variant="light" color="red">
                                Inactive
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          {user.groups.map((id) => groupName.get(id) ?? `#${id}`).join(', ') || '—'}
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <Button
                              size="xs"
                              variant="subtle"
                              onClick={() => setDialog({ kind: 'edit', user })}
                              aria-label={`Edit user ${user.username}`}
                            >
                              Edit
                            </Button>
                            <Button
                              size="xs"
                              variant="subtle"
                              onClick={() => setDialog({ kind: 'password', user })}
                              aria-label={`Set the password of ${user.username}`}
                            >
                              Password
                            </Button>
                            {builtIn ? null : (
                              <DeleteAction
                                what="user"
                                name={user.username}
                                remove={() => deleteItem(client, USERS, user.id)}
                                invalidate={[
                                  overlayKeys.list(connection.id, USERS.name),
                                  overlayKeys.list(connection.id, GROUPS.name),
                                  overlayKeys.list(connection.id, RULES.name),
                                ]}
                              />
                            )}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager
              page={page}
              count={data.count}
              next={data.next}
              previous={data.previous}
              noun="users"
              shown={data.results.length}
              onPage={setPage}
            />
          </Paper>
        )}
      </OverlayBoundary>
      {dialog?.kind === 'create' ? (
        <UserFormDialog user={null} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <UserFormDialog user={dialog.user} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'password' ? (
        <PasswordDialog user={dialog.user} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}
