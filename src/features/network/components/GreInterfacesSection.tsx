import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { QueryBoundary } from '@/components/QueryBoundary';
import { deleteGre, greInterfacesQuery } from '../api/gre';
import type { NetworkInterface } from '../api/interfaces';
import { networkKeys } from '../api/keys';
import { GreDialog } from './GreDialog';
import { MutationError } from './MutationError';

/** GET /interfaces/edge_gre with add, edit and delete. */
export function GreInterfacesSection() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const interfaces = useQuery(greInterfacesQuery(connection.id, client));
  const [editing, setEditing] = useState<NetworkInterface | 'new' | null>(null);
  const [deleting, setDeleting] = useState<NetworkInterface | null>(null);
  const remove = useMutation({
    mutationFn: (item: NetworkInterface) => deleteGre(client, item.id),
    onSuccess: async (_result, item) => {
      queryClient.removeQueries({ queryKey: networkKeys.greInterface(connection.id, item.id) });
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: networkKeys.greInterfaces(connection.id),
          exact: true,
        }),
        queryClient.invalidateQueries({
          queryKey: networkKeys.interfaces(connection.id),
          exact: true,
        }),
      ]);
      notifications.show({ color: 'teal', title: 'GRE interface deleted', message: item.name });
    },
    onSettled: () => setDeleting(null),
  });
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            Edge GRE interfaces
          </Title>
          <Button size="xs" onClick={() => setEditing('new')}>
            Add GRE interface
          </Button>
        </Group>
        <MutationError error={remove.error} title="The GRE interface was not deleted" />
        <QueryBoundary query={interfaces} what="the GRE interfaces">
          {(list) =>
            list.length === 0 ? (
              <Text size="sm" c="dimmed">
                No edge GRE interfaces.
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={760}>
                <Table aria-label="Edge GRE interfaces" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>Inside address</Table.Th>
                      <Table.Th>Local → remote</Table.Th>
                      <Table.Th>TTL</Table.Th>
                      <Table.Th>MTU</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>Actions</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.map((item) => (
                      <Table.Tr key={item.id}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {item.name}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {item.endpoint_name}
                            {item.description ? ` · ${item.description}` : ''}
                          </Text>
                        </Table.Td>
                        <Table.Td ff="monospace">
                          {item.ip_internal ? `${item.ip_internal}/${item.mask_bits ?? '?'}` : '—'}
                        </Table.Td>
                        <Table.Td ff="monospace">
                          {item.local_connection_ip ?? '—'} → {item.remote_connection_ip ?? '—'}
                        </Table.Td>
                        <Table.Td>{item.ttl ?? '—'}</Table.Td>
                        <Table.Td>{item.mtu ?? '—'}</Table.Td>
                        <Table.Td>
                          <Badge color={item.status === 'Up' ? 'teal' : 'gray'} variant="light">
                            {item.status ?? 'Unknown'}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              aria-label={`Edit ${item.name}`}
                              onClick={() => setEditing(item)}
                            >
                              Edit
                            </Button>
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              color="red"
                              aria-label={`Delete ${item.name}`}
                              onClick={() => setDeleting(item)}
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
            )
          }
        </QueryBoundary>
      </Stack>
      {editing ? (
        <GreDialog
          {...(editing === 'new' ? {} : { item: editing })}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete GRE interface"
        confirmLabel="Delete GRE interface"
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      >
        Delete the GRE interface {deleting?.name} ({deleting?.endpoint_name}) to{' '}
        {deleting?.remote_connection_ip}? Routes through it stop working.
      </ConfirmDialog>
    </Paper>
  );
}
