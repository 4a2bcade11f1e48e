import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { deviceUpdatesQuery } from '../api/deviceUpdates';
import { updateEventsQuery } from '../api/updateEvents';
import { GatewayQuery } from './GatewayQuery';

function UpdateEvents({ uuid, id }: { uuid: string; id: string }) {
  const { connection, client } = useConnectionClient();
  const events = useQuery(updateEventsQuery(connection.id, client, uuid, id));
  return (
    <GatewayQuery query={events} what={`the events of update ${id}`}>
      {(list) => (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={`Events of update ${id}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Time</Table.Th>
                <Table.Th>Event</Table.Th>
                <Table.Th>Target</Table.Th>
                <Table.Th>Result</Table.Th>
                <Table.Th>Details</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td>{new Date(event.deviceTime).toLocaleString()}</Table.Td>
                  <Table.Td>{event.eventType.id}</Table.Td>
                  <Table.Td>{event.event.targetName}</Table.Td>
                  <Table.Td>
                    {event.event.success === undefined ? (
                      '—'
                    ) : (
                      <Badge variant="light" color={event.event.success ? 'teal' : 'red'}>
                        {event.event.success ? 'succeeded' : 'failed'}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{event.event.details ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </GatewayQuery>
  );
}

export function UpdateHistoryPanel({ uuid }: { uuid: string }) {
  const { connection, client } = useConnectionClient();
  const updates = useQuery(deviceUpdatesQuery(connection.id, client, uuid));
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Stack>
      <Title order={2} size="h4">
        Update history
      </Title>
      <GatewayQuery query={updates} what="the update history">
        {(ids) =>
          ids.length === 0 ? (
            <EmptyState title="No updates">The device has reported no update yet.</EmptyState>
          ) : (
            <Stack>
              {ids.map((id) => (
                <Stack key={id} gap="xs">
                  <Group>
                    <Text size="sm" ff="monospace">
                      {id}
                    </Text>
                    <Button
                      size="xs"
                      variant="light"
                      aria-expanded={open === id}
                      onClick={() => setOpen(open === id ? null : id)}
                    >
                      {open === id ? 'Hide events' : 'Show events'}
                    </Button>
                  </Group>
                  {open === id ? <UpdateEvents uuid={uuid} id={id} /> : null}
                </Stack>
              ))}
            </Stack>
          )
        }
      </GatewayQuery>
    </Stack>
  );
}
