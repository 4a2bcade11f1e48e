import { Box, Button, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

const ROW_HEIGHT = 45;

/** Virtualized: a gateway's denied list can hold thousands of devices. */
export function DeniedDevicesTable({
  uuids,
  onRestore,
}: {
  uuids: readonly string[];
  onRestore: (uuid: string) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: uuids.length,
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
      mah="60vh"
      style={{ overflow: 'auto' }}
      tabIndex={0}
      role="region"
      aria-label="Denied devices (scrollable)"
    >
      <Table
        stickyHeader
        aria-label="Denied devices"
        aria-rowcount={uuids.length + 1}
        layout="fixed"
        miw={480}
      >
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th>Device UUID</Table.Th>
            <Table.Th w={120}>
              <Text span size="sm" fw={700}>
                Actions
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 ? <tr aria-hidden style={{ height: before }} /> : null}
          {items.map((item) => {
            const uuid = uuids[item.index]!;
            return (
              <Table.Tr key={uuid} aria-rowindex={item.index + 2} h={ROW_HEIGHT}>
                <Table.Td>
                  <Text size="sm" ff="monospace" truncate="end" title={uuid}>
                    {uuid}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={`Restore ${uuid}`}
                    onClick={() => onRestore(uuid)}
                  >
                    Restore
                  </Button>
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
