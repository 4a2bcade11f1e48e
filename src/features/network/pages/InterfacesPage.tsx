import { Badge, Button, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { PrerequisiteBanner } from '@/components/vns3/PrerequisiteBanner';
import { type InterfaceAction, deleteGre, runInterfaceAction } from '../api/gre';
import { type NetworkInterface, interfacesQuery } from '../api/interfaces';
import { networkKeys } from '../api/keys';
import { AddressesDialog } from '../components/AddressesDialog';
import { GreDialog } from '../components/GreDialog';
import { MutationError } from '../components/MutationError';

const ACTIONS: [InterfaceAction, string][] = [
  ['discover_ips', 'Discover IP addresses'],
  ['discover_new_primary_adapters', 'Discover new adapters'],
  ['manage_overlay_interfaces', 'Manage overlay interfaces'],
  ['discover_links', 'Discover links'],
];

const isGre = (item: NetworkInterface) => item.interface_type === 'edge_gre';

function InterfacesContent() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const interfaces = useQuery(interfacesQuery(connection.id, client));
  const [gre, setGre] = useState<NetworkInterface | 'new' | null>(null);
  const [addresses, setAddresses] = useState<NetworkInterface | null>(null);
  const [deleting, setDeleting] = useState<NetworkInterface | null>(null);
  const action = useMutation({
    mutationFn: (name: InterfaceAction) => runInterfaceAction(client, name),
    onSuccess: async (_result, name) => {
      await queryClient.invalidateQueries({
        queryKey: networkKeys.interfaces(connection.id),
        exact: true,
      });
      notifications.show({
        color: 'teal',
        title: 'Done',
        message: ACTIONS.find(([key]) => key === name)?.[1] ?? name,
      });
    },
  });
  const remove = useMutation({
    mutationFn: (item: NetworkInterface) => deleteGre(client, item.id),
    onSuccess: async (_result, item) => {
      await queryClient.invalidateQueries({
        queryKey: networkKeys.interfaces(connection.id),
        exact: true,
      });
      notifications.show({ color: 'teal', title: 'GRE interface deleted', message: item.name });
    },
    onSettled: () => setDeleting(null),
  });
  return (
    <Stack>
      <Group justify="flex-end">
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="default" loading={action.isPending}>
              Interface actions
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {ACTIONS.map(([key, label]) => (
              <Menu.Item key={key} onClick={() => action.mutate(key)}>
                {label}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Button onClick={() => setGre('new')}>Add GRE interface</Button>
      </Group>
      <MutationError error={action.error} title="The action failed" />
      <MutationError error={remove.error} title="The GRE interface was not deleted" />
      <QueryBoundary query={interfaces} what="the interfaces">
        {(list) => (
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label="Interfaces" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Address</Table.Th>
                  <Table.Th>External / remote</Table.Th>
                  <Table.Th>MTU</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((item) => (
                  <Table.Tr key={`${item.interface_type}-${item.id}`}>
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
                      {isGre(item)
                        ? 'Edge GRE'
                        : item.interface_type === 'system_virtual'
                          ? 'Virtual'
                          : 'System'}
                    </Table.Td>
                    <Table.Td ff="monospace">
                      {item.ip_internal ? `${item.ip_internal}/${item.mask_bits ?? '?'}` : '—'}
                    </Table.Td>
                    <Table.Td ff="monospace">
                      {isGre(item) ? (item.remote_connection_ip ?? '—') : (item.ip_external ?? '—')}
                    </Table.Td>
                    <Table.Td>{item.mtu ?? '—'}</Table.Td>
                    <Table.Td>
                      <Badge color={item.status === 'Up' ? 'teal' : 'gray'} variant="light">
                        {item.status ?? 'Unknown'}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {isGre(item) ? (
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-label={`Edit ${item.name}`}
                            onClick={() => setGre(item)}
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
                      ) : (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          aria-label={`Addresses of ${item.name}`}
                          onClick={() => setAddresses(item)}
                        >
                          Addresses
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryBoundary>
      {gre ? (
        <GreDialog {...(gre === 'new' ? {} : { item: gre })} onClose={() => setGre(null)} />
      ) : null}
      {addresses ? <AddressesDialog item={addresses} onClose={() => setAddresses(null)} /> : null}
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
    </Stack>
  );
}

export function InterfacesPage() {
  return (
    <Stack>
      <PageHeader
        title="Interfaces"
        description="System, virtual and edge GRE interfaces of this controller."
      />
      <PrerequisiteBanner needs="none">
        <InterfacesContent />
      </PrerequisiteBanner>
    </Stack>
  );
}
