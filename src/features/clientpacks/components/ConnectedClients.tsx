import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import { connectedClientsQuery } from '../api/clientpacks';

/** GET /status/clients: who is connected to the overlay right now. */
export function ConnectedClients() {
  const { connection, client } = useConnectionClient();
  const clients = useQuery(connectedClientsQuery(connection.id, client));
  return (
    <Stack>
      <Title order={2}>Connected clients</Title>
      <QueryBoundary query={clients} what="the connected clients">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No connected clients">No overlay client is connected.</EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table aria-label="Connected clients">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Overlay IP</Table.Th>
                    <Table.Th>Client IP</Table.Th>
                    <Table.Th>Controller</Table.Th>
                    <Table.Th>Tags</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((item) => (
                    <Table.Tr key={item.overlay_ipaddress}>
                      <Table.Td>{item.overlay_ipaddress}</Table.Td>
                      <Table.Td>{item.ipaddress}</Table.Td>
                      <Table.Td>{item.managerid ?? ''}</Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {Object.entries(item.tags ?? {})
                            .map(([key, value]) => `${key}=${value}`)
                            .join(', ')}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryBoundary>
    </Stack>
  );
}
