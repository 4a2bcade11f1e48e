import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { allQuery, deleteItem } from '../api/crud';
import { type GroupWithId, groupsQuery } from '../api/groupIds';
import { overlayKeys } from '../api/keys';
import { ALL_USERS_GROUP, GROUPS, RULES, USERS } from '../api/resources';
import { DeleteAction } from '../components/DeleteAction';
import { OverlayBoundary } from '../components/Forbidden';
import { GroupDialog } from '../components/GroupDialog';

type Editable = GroupWithId & { id: number };

export function GroupsPage() {
  const { connection, client } = useConnectionClient();
  const groups = useQuery(groupsQuery(connection.id, client));
  const users = useQuery({ ...allQuery(connection.id, client, USERS), enabled: groups.isSuccess });
  const username = new Map(users.data?.map((user) => [user.id, user.username]));
  const [editing, setEditing] = useState<Editable | 'new' | null>(null);

  return (
    <>
      <PageHeader
        title="Groups"
        description="Sets of users that rules refer to; a group's permissions apply to its members. Every user is in All Users."
        actions={<Button onClick={() => setEditing('new')}>Create group</Button>}
      />
      <OverlayBoundary query={groups} what="groups" action="view groups">
        {(data) => (
          <Paper withBorder radius="md" p="sm">
            <Table.ScrollContainer minWidth={560}>
              <Table striped highlightOnHover aria-label="Groups">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Members</Table.Th>
                    <Table.Th>Permissions</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.map((group) => (
                    <Table.Tr key={group.name}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {group.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {group.user_set.length > 8
                          ? `${group.user_set.length} users`
                          : group.user_set.map((id) => username.get(id) ?? `#${id}`).join(', ') ||
                            '—'}
                      </Table.Td>
                      <Table.Td>{group.permissions.length}</Table.Td>
                      <Table.Td>
                        {group.id === null ? (
                          <Text size="xs" c="dimmed">
                            Id unknown to the API
                          </Text>
                        ) : (
                          <GroupActions
                            group={{ ...group, id: group.id }}
                            onEdit={setEditing}
                            remove={(id) => deleteItem(client, GROUPS, id)}
                            invalidate={[
                              overlayKeys.list(connection.id, GROUPS.name),
                              overlayKeys.list(connection.id, USERS.name),
                              overlayKeys.list(connection.id, RULES.name),
                            ]}
                          />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="sm" c="dimmed" mt="sm">
              {data.length} groups
            </Text>
          </Paper>
        )}
      </OverlayBoundary>
      {editing ? (
        <GroupDialog group={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}

function GroupActions({
  group,
  onEdit,
  remove,
  invalidate,
}: {
  group: Editable;
  onEdit: (group: Editable) => void;
  remove: (id: number) => Promise<void>;
  invalidate: readonly (readonly unknown[])[];
}) {
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="xs"
        variant="subtle"
        onClick={() => onEdit(group)}
        aria-label={`Edit group ${group.name}`}
      >
        Edit
      </Button>
      {group.name === ALL_USERS_GROUP ? null : (
        <DeleteAction
          what="group"
          name={group.name}
          remove={() => remove(group.id)}
          invalidate={invalidate}
        />
      )}
    </Group>
  );
}
