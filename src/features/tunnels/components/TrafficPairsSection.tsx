import { Button, Group, Paper, Switch, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { type Endpoint, type TrafficPair, storeEndpoint } from '../api/ipsec';
import { pairAction } from '../api/subnetPair';
import { MutationError } from './MutationError';
import { SubnetPairDialog } from './SubnetPairDialog';

type Action = 'enable' | 'disable' | 'delete';
const describe = (pair: TrafficPair) => `${pair.local_subnet} ↔ ${pair.remote_subnet}`;

export function TrafficPairsSection({ endpoint }: { endpoint: Endpoint }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<TrafficPair | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TrafficPair | null>(null);
  const act = useMutation({
    mutationFn: ({ pair, action }: { pair: TrafficPair; action: Action }) =>
      pairAction(client, endpoint.id, pair.id, action),
    onSuccess: (saved, { pair, action }) => {
      const trafficPairs =
        action === 'delete'
          ? endpoint.trafficPairs.filter((item) => item.id !== pair.id)
          : endpoint.trafficPairs.map((item) => (item.id === saved.id ? saved : item));
      storeEndpoint(queryClient, connection.id, { ...endpoint, trafficPairs });
      setDeleting(null);
      notifications.show({
        color: 'teal',
        title: `Traffic pair ${action}d`,
        message: describe(pair),
      });
    },
    onError: () => setDeleting(null),
  });

  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          Traffic pairs
        </Title>
        <Button size="xs" onClick={() => setEditing('new')}>
          Add traffic pair
        </Button>
      </Group>
      <MutationError error={act.error} title="The traffic pair was not changed" />
      {endpoint.trafficPairs.length === 0 ? (
        <Text size="sm" c="dimmed">
          No traffic pairs. Route-based (VTI) endpoints use them to select traffic.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table aria-label="Traffic pairs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Local subnet</Table.Th>
                <Table.Th>Remote subnet</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th>Enabled</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {endpoint.trafficPairs.map((pair) => (
                <Table.Tr key={pair.id}>
                  <Table.Td ff="monospace">{pair.local_subnet}</Table.Td>
                  <Table.Td ff="monospace">{pair.remote_subnet}</Table.Td>
                  <Table.Td>{pair.description}</Table.Td>
                  <Table.Td>
                    <Switch
                      aria-label={`Traffic pair ${describe(pair)} enabled`}
                      checked={pair.enabled}
                      disabled={act.isPending}
                      onChange={(event) =>
                        act.mutate({
                          pair,
                          action: event.currentTarget.checked ? 'enable' : 'disable',
                        })
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        aria-label={`Edit traffic pair ${describe(pair)}`}
                        onClick={() => setEditing(pair)}
                      >
                        Edit
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Delete traffic pair ${describe(pair)}`}
                        onClick={() => setDeleting(pair)}
                      >
                        Delete
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing ? (
        <SubnetPairDialog
          kind="pair"
          endpoint={endpoint}
          {...(editing === 'new' ? {} : { item: editing })}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete traffic pair"
        confirmLabel="Delete traffic pair"
        loading={act.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && act.mutate({ pair: deleting, action: 'delete' })}
      >
        Delete the traffic pair {deleting ? describe(deleting) : ''} of {endpoint.name}?
      </ConfirmDialog>
    </Paper>
  );
}
