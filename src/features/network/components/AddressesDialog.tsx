import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { QueryBoundary } from '@/components/QueryBoundary';
import { type InterfaceAddress, addressesQuery, deleteAddress } from '../api/addresses';
import type { NetworkInterface } from '../api/interfaces';
import { networkKeys } from '../api/keys';
import { AddressForm, EditAddress } from './AddressForm';
import { MutationError } from './MutationError';

/** Extra addresses of a system interface: list, add, edit and remove. */
export function AddressesDialog({
  item,
  onClose,
}: {
  item: NetworkInterface;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const addresses = useQuery(addressesQuery(connection.id, client, item.id));
  const [editing, setEditing] = useState<InterfaceAddress | null>(null);
  const [removing, setRemoving] = useState<InterfaceAddress | null>(null);
  const remove = useMutation({
    mutationFn: (address: InterfaceAddress) => deleteAddress(client, item.id, address.id),
    onSuccess: async (_result, address) => {
      if (editing?.id === address.id) setEditing(null);
      queryClient.removeQueries({
        queryKey: networkKeys.address(connection.id, item.id, address.id),
      });
      await queryClient.invalidateQueries({
        queryKey: networkKeys.addresses(connection.id, item.id),
        exact: true,
      });
    },
    onSettled: () => setRemoving(null),
  });
  return (
    <Modal opened onClose={onClose} title={`Addresses of ${item.name}`} size="lg">
      <Stack>
        <MutationError error={remove.error} title="The address was not removed" />
        <QueryBoundary query={addresses} what="the addresses">
          {(list) =>
            list.length === 0 ? (
              <Text size="sm" c="dimmed">
                No extra addresses.
              </Text>
            ) : (
              <Table aria-label={`Addresses of ${item.name}`}>
                <Table.Tbody>
                  {list.map((address) => (
                    <Table.Tr key={address.id}>
                      <Table.Td>{address.label}</Table.Td>
                      <Table.Td ff="monospace">
                        {address.ip_internal}/{address.mask_bits}
                      </Table.Td>
                      <Table.Td ff="monospace">{address.gateway ?? ''}</Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap" justify="flex-end">
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-label={`Edit address ${address.ip_internal}`}
                            onClick={() => setEditing(address)}
                          >
                            Edit
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            aria-label={`Remove address ${address.ip_internal}`}
                            onClick={() => setRemoving(address)}
                          >
                            Remove
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryBoundary>
        {editing ? (
          <EditAddress
            key={editing.id}
            item={item}
            addressId={editing.id}
            onDone={() => setEditing(null)}
          />
        ) : (
          <AddressForm item={item} onClose={onClose} />
        )}
      </Stack>
      <ConfirmDialog
        opened={removing !== null}
        title="Remove address"
        confirmLabel="Remove address"
        loading={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing)}
      >
        Remove {removing?.label} ({removing?.ip_internal}/{removing?.mask_bits}) from {item.name}?
      </ConfirmDialog>
    </Modal>
  );
}
