import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { allQuery, deleteItem, pageQuery } from '../api/crud';
import { overlayKeys } from '../api/keys';
import {
  ALL_SERVERS_GROUP,
  POLICIES,
  RULES,
  SERVERS,
  SERVER_GROUPS,
  type ServerGroup,
} from '../api/resources';
import { DeleteAction } from '../components/DeleteAction';
import { OverlayBoundary } from '../components/Forbidden';
import { Pager } from '../components/Pager';
import { ServerGroupDialog } from '../components/ServerGroupDialog';
import { usePageParam } from '../components/usePageParam';

export function ServerGroupsPage() {
  const { connection, client } = useConnectionClient();
  const [page, setPage] = usePageParam();
  const groups = useQuery(pageQuery(connection.id, client, SERVER_GROUPS, page));
  const servers = useQuery({
    ...allQuery(connection.id, client, SERVERS),
    enabled: groups.isSuccess,
  });
  const fqdn = new Map(servers.data?.map((server) => [server.id, server.fqdn]));
  const [editing, setEditing] = useState<ServerGroup | 'new' | null>(null);

  return (
    <>
      <PageHeader
        title="Server groups"
        description="Sets of servers that rules and policies refer to. Every server is in All Servers."
        actions={<Button onClick={() => setEditing('new')}>Create server group</Button>}
      />
      <OverlayBoundary query={groups} what="server groups" action="view server groups">
        {(data) => (
          <Paper withBorder radius="md" p="sm">
            <Table.ScrollContainer minWidth={640}>
              <Table striped highlightOnHover aria-label="Server groups">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Description</Table.Th>
                    <Table.Th>Servers</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.results.map((group) => (
                    <Table.Tr key={group.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {group.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>{group.description || '—'}</Table.Td>
                      <Table.Td>
                        {group.server_set.length > 5
                          ? `${group.server_set.length} servers`
                          : group.server_set.map((id) => fqdn.get(id) ?? `#${id}`).join(', ') ||
                            '—'}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="xs"
                            variant="subtle"
                            onClick={() => setEditing(group)}
                            aria-label={`Edit server group ${group.name}`}
                          >
                            Edit
                          </Button>
                          {group.name === ALL_SERVERS_GROUP ? null : (
                            <DeleteAction
                              what="server group"
                              name={group.name}
                              remove={() => deleteItem(client, SERVER_GROUPS, group.id)}
                              invalidate={[
                                overlayKeys.list(connection.id, SERVER_GROUPS.name),
                                overlayKeys.list(connection.id, SERVERS.name),
                                overlayKeys.list(connection.id, RULES.name),
                                overlayKeys.list(connection.id, POLICIES.name),
                              ]}
                            />
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager
              page={page}
              count={data.count}
              next={data.next}
              previous={data.previous}
              noun="server groups"
              shown={data.results.length}
              onPage={setPage}
            />
          </Paper>
        )}
      </OverlayBoundary>
      {editing ? (
        <ServerGroupDialog
          group={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
