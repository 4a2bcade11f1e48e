import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { allQuery, deleteItem, pageQuery } from '../api/crud';
import { overlayKeys } from '../api/keys';
import { SERVERS, SERVER_GROUPS, type Server } from '../api/resources';
import { DeleteAction } from '../components/DeleteAction';
import { OverlayBoundary } from '../components/Forbidden';
import { Pager } from '../components/Pager';
import { ServerGroupsDialog } from '../components/ServerGroupsDialog';
import { usePageParam } from '../components/usePageParam';

export function ServersPage() {
  const { connection, client } = useConnectionClient();
  const [page, setPage] = usePageParam();
  const servers = useQuery(pageQuery(connection.id, client, SERVERS, page));
  const full = servers.data?.results.some((server) => server.server_groups !== undefined) ?? false;
  const groups = useQuery({ ...allQuery(connection.id, client, SERVER_GROUPS), enabled: full });
  const groupName = new Map(groups.data?.map((group) => [group.id, group.name]));
  const [editing, setEditing] = useState<Server | null>(null);

  return (
    <>
      <PageHeader
        title="Servers"
        description="Systems joined to the overlay network. They register themselves with the bootstrap installer; only their server groups can be changed here."
      />
      <OverlayBoundary query={servers} what="servers" action="list servers">
        {(data) =>
          data.count === 0 ? (
            <EmptyState title="No servers yet">
              Run a bootstrap installer (Downloads) on a system to connect it.
            </EmptyState>
          ) : (
            <Paper withBorder radius="md" p="sm">
              <Table.ScrollContainer minWidth={720}>
                <Table striped highlightOnHover aria-label="Servers">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>FQDN</Table.Th>
                      <Table.Th>IPv4 address</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>Last seen</Table.Th>
                      {full ? <Table.Th>Server groups</Table.Th> : null}
                      {full ? <Table.Th>Actions</Table.Th> : null}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.results.map((server) => (
                      <Table.Tr key={server.id}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {server.fqdn}
                          </Text>
                          {server.uuid ? (
                            <Text size="xs" c="dimmed" ff="monospace">
                              {server.uuid}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td ff="monospace">{server.ipv4_address}</Table.Td>
                        <Table.Td>
                          <Badge
                            color={server.connected ? 'teal' : 'gray'}
                            variant="light"
                            styles={{ root: { minWidth: 'max-content' } }}
                          >
                            {server.connected ? 'Connected' : 'Disconnected'}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{server.last_seen}</Table.Td>
                        {full ? (
                          <Table.Td>
                            {(server.server_groups ?? [])
                              .map((id) => groupName.get(id) ?? `#${id}`)
                              .join(', ') || '—'}
                          </Table.Td>
                        ) : null}
                        {full ? (
                          <Table.Td>
                            <Group gap={4} wrap="nowrap">
                              <Button
                                size="xs"
                                variant="subtle"
                                onClick={() => setEditing(server)}
                                aria-label={`Edit server groups of ${server.fqdn}`}
                              >
                                Edit groups
                              </Button>
                              <DeleteAction
                                what="server"
                                name={server.fqdn}
                                remove={() => deleteItem(client, SERVERS, server.id)}
                                invalidate={[
                                  overlayKeys.list(connection.id, SERVERS.name),
                                  overlayKeys.list(connection.id, SERVER_GROUPS.name),
                                ]}
                              />
                            </Group>
                          </Table.Td>
                        ) : null}
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
                noun="servers"
                shown={data.results.length}
                onPage={setPage}
              />
            </Paper>
          )
        }
      </OverlayBoundary>
      {editing ? (
        <ServerGroupsDialog
          server={editing}
          groups={groups.data ?? []}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
