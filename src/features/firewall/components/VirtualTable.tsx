import { Box, Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useRef } from 'react';

/** A table that renders only the rows in view: rule lists can hold 10,000 rows. */
export function VirtualTable({
  label,
  count,
  rowHeight,
  header,
  rowKey,
  renderCells,
  minWidth = 760,
}: {
  label: string;
  count: number;
  rowHeight: number;
  /** Header cells (`Table.Th`). */
  header: ReactNode;
  rowKey: (index: number) => string;
  /** The cells (`Table.Td`) of row `index`. */
  renderCells: (index: number) => ReactNode;
  minWidth?: number;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <Box
      ref={scrollRef}
      mah="65vh"
      style={{ overflow: 'auto' }}
      tabIndex={0}
      role="region"
      aria-label={`${label} (scrollable)`}
    >
      <Table
        stickyHeader
        aria-label={label}
        aria-rowcount={count + 1}
        layout="fixed"
        miw={minWidth}
      >
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>{header}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 ? <tr aria-hidden style={{ height: before }} /> : null}
          {items.map((item) => (
            <Table.Tr key={rowKey(item.index)} aria-rowindex={item.index + 2} h={rowHeight}>
              {renderCells(item.index)}
            </Table.Tr>
          ))}
          {after > 0 ? <tr aria-hidden style={{ height: after }} /> : null}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
