import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { memo, useCallback } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import { VirtualTable } from '@/components/VirtualTable';
import { type ContainerAddress, containerAddressesQuery } from '../api/containers';

const ROW_HEIGHT = 41;

/** Virtualized: a large container network has thousands of addresses. */
function AddressTable({ addresses }: { addresses: ContainerAddress[] }) {
  const renderCells = useCallback(
    (index: number) => {
      const entry = addresses[index];
      return entry ? <AddressCells entry={entry} /> : null;
    },
    [addresses],
  );
  return (
    <VirtualTable
      label="Container addresses"
      count={addresses.length}
      rowHeight={ROW_HEIGHT}
      maxHeight={320}
      overscan={12}
      rowKey={(index) => addresses[index]?.address ?? String(index)}
      header={
        <>
          <Table.Th>Address</Table.Th>
          <Table.Th>Status</Table.Th>
        </>
      }
      renderCells={renderCells}
    />
  );
}

const AddressCells = memo(function AddressCells({ entry }: { entry: ContainerAddress }) {
  return (
    <>
      <Table.Td ff="monospace">{entry.address}</Table.Td>
      <Table.Td>
        <Badge variant="light" color={entry.status === 'available' ? 'gray' : 'teal'}>
          {entry.status ?? 'unknown'}
        </Badge>
      </Table.Td>
    </>
  );
});

export function ContainerAddresses() {
  const { connection, client } = useConnectionClient();
  const addresses = useQuery(containerAddressesQuery(connection.id, client));
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Container network addresses
        </Title>
        <QueryBoundary query={addresses} what="the container addresses">
          {(data) =>
            data.length === 0 ? (
              <EmptyState title="No addresses">
                The container network has no host addresses.
              </EmptyState>
            ) : (
              <>
                <Text size="sm" c="dimmed">
                  {data.filter((entry) => entry.status !== 'available').length} of {data.length} in
                  use
                </Text>
                <AddressTable addresses={data} />
              </>
            )
          }
        </QueryBoundary>
      </Stack>
    </Paper>
  );
}
