import { Badge, Modal, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { linkHistoryQuery } from '../api/linkHistory';
import type { Tunnel } from '../api/ipsec';

export function LinkHistoryDialog({ tunnel, onClose }: { tunnel: Tunnel; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const history = useQuery(linkHistoryQuery(connection.id, client, tunnel.id));
  return (
    <Modal
      opened
      onClose={onClose}
      title={`Link history: ${tunnel.local_subnet} ↔ ${tunnel.remote_subnet}`}
    >
      <QueryBoundary query={history} what="the link history">
        {(events) =>
          events.length === 0 ? (
            <Text size="sm">No up or down events recorded.</Text>
          ) : (
            <Table aria-label="Link history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Event</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.map((event, index) => (
                  <Table.Tr key={`${event.timestamp_i ?? index}-${index}`}>
                    <Table.Td>
                      {event.timestamp ? new Date(event.timestamp).toLocaleString() : '—'}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={event.event === 'up' ? 'teal' : 'red'} variant="light">
                        {event.event === 'up'
                          ? 'Up'
                          : event.event === 'down'
                            ? 'Down'
                            : event.event}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryBoundary>
    </Modal>
  );
}
