import { Badge, Box, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import { type ContainerAddress, containerAddressesQuery } from '../api/containers';

const ROW_HEIGHT = 41;

/** Virtualized: a large container network has thousands of addresses. */
function AddressTable({ addresses }: { addresses: ContainerAddress[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: addresses.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <Box
      ref={scrollRef}
      mah={320}
      style={{ overflow: 'auto' }}
      tabIndex={0}
      role="region"
      aria-label="Container addresses (scrollable)"
    >
      <Table
        stickyHeader
        aria-label="Container addresses"
        aria-rowcount={addresses.length + 1}
        layout="fixed"
      >
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th>Address</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 ? <tr aria-hidden style={{ height: before }} /> : null}
          {items.map((item) => {
            const entry = addresses[item.index]!;
            return (
              <Table.Tr key={entry.address} aria-rowindex={item.index + 2} h={ROW_HEIGHT}>
                <Table.Td ff="monospace">{entry.address}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={entry.status === 'available' ? 'gray' : 'teal'}>
                    {entry.status ?? 'unknown'}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            );
          })}
          {after > 0 ? <tr aria-hidden style={{ height: after }} /> : null}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

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
