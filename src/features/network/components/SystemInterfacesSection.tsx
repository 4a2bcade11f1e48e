import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import type { NetworkInterface } from '../api/interfaces';
import { networkKeys } from '../api/keys';
import { deleteSystemInterface, systemInterfacesQuery } from '../api/systemInterfaces';
import { QueryBoundary } from '@/components/QueryBoundary';
import { AddressesDialog } from './AddressesDialog';
import { MutationError } from './MutationError';
import { SystemInterfaceDialog } from './SystemInterfaceDialog';

/** GET /interfaces/system with add, edit, delete and each interface's extra addresses. */
export function SystemInterfacesSection() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const interfaces = useQuery(systemInterfacesQuery(connection.id, client));
  const [editing, setEditing] = useState<NetworkInterface | 'new' | null>(null);
  const [addresses, setAddresses] = useState<NetworkInterface | null>(null);
  const [deleting, setDeleting] = useState<NetworkInterface | null>(null);
  const remove = useMutation({
    mutationFn: (item: NetworkInterface) => deleteSystemInterface(client, item.id),
    onSuccess: async (_result, item) => {
      queryClient.removeQueries({ queryKey: networkKeys.systemInterface(connection.id, item.id) });
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: networkKeys.systemInterfaces(connection.id),
          exact: true,
        }),
        queryClient.invalidateQueries({
          queryKey: networkKeys.interfaces(connection.id),
          exact: true,
        }),
      ]);
      notifications.show({ color: 'teal', title: 'Interface deleted', message: item.name });
    },
    onSettled: () => setDeleting(null),
  });
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            System interfaces
          </Title>
          <Button size="xs" onClick={() => setEditing('new')}>
            Add system interface
          </Button>
        </Group>
        <MutationError error={remove.error} title="The interface was not deleted" />
        <QueryBoundary query={interfaces} what="the system interfaces">
          {(list) => (
            <Table.ScrollContainer minWidth={760}>
              <Table aria-label="System interfaces" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Type</Table.Th>
                    <Table.Th>Address</Table.Th>
                    <Table.Th>External</Table.Th>
                    <Table.Th>Gateway</Table.Th>
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
                        {item.description ? (
                          <Text size="xs" c="dimmed">
                            {item.description}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        {item.interface_type === 'system_virtual' ? 'Virtual' : 'System'}
                      </Table.Td>
                      <Table.Td ff="monospace">
                        {item.ip_internal ? `${item.ip_internal}/${item.mask_bits ?? '?'}` : '—'}
                      </Table.Td>
                      <Table.Td ff="monospace">{item.ip_external ?? '—'}</Table.Td>
                      <Table.Td ff="monospace">{item.gateway ?? '—'}</Table.Td>
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
                            aria-label={`Addresses of ${item.name}`}
                            onClick={() => setAddresses(item)}
                          >
                            Addresses
                          </Button>
                          {item.system_default ? (
                            <Text size="xs" c="dimmed">
                              System default
                            </Text>
                          ) : (
                            <>
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
                            </>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryBoundary>
      </Stack>
      {editing ? (
        <SystemInterfaceDialog
          {...(editing === 'new' ? {} : { item: editing })}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {addresses ? <AddressesDialog item={addresses} onClose={() => setAddresses(null)} /> : null}
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete interface"
        confirmLabel="Delete interface"
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      >
        Delete the interface {deleting?.name}
        {deleting?.ip_internal ? ` (${deleting.ip_internal}/${deleting.mask_bits ?? '?'})` : ''}?
        Routes through it stop working.
      </ConfirmDialog>
    </Paper>
  );
}
