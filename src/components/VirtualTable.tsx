import { Box, type MantineSpacing, Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, type ReactNode, useRef } from 'react';

export interface VirtualTableProps {
  /** The table's accessible name. */
  label: string;
  /** The scroll region's accessible name; defaults to "<label> (scrollable)". */
  regionLabel?: string;
  count: number;
  rowHeight: number;
  /** Header cells (`Table.Th`). */
  header: ReactNode;
  rowKey: (index: number) => string;
  /**
   * The cells (`Table.Td`) of row `index`. A row re-renders only when this function
   * changes, so keep it stable (useCallback) or return a memoised cells component.
   */
  renderCells: (index: number) => ReactNode;
  minWidth?: number;
  maxHeight?: number | string;
  overscan?: number;
  verticalSpacing?: MantineSpacing | number;
}

/** A table that renders only the rows in view, for lists that can hold thousands of rows. */
export function VirtualTable({
  label,
  regionLabel = `${label} (scrollable)`,
  count,
  rowHeight,
  header,
  rowKey,
  renderCells,
  minWidth,
  maxHeight = '65vh',
  overscan = 10,
  verticalSpacing,
}: VirtualTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <Box
      ref={scrollRef}
      mah={maxHeight}
      style={{ overflow: 'auto' }}
      tabIndex={0}
      role="region"
      aria-label={regionLabel}
    >
      <Table
        stickyHeader
        aria-label={label}
        aria-rowcount={count + 1}
        layout="fixed"
        miw={minWidth}
        verticalSpacing={verticalSpacing}
      >
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>{header}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 ? <tr aria-hidden style={{ height: before }} /> : null}
          {items.map((item) => (
            <VirtualRow
              key={rowKey(item.index)}
              index={item.index}
              height={rowHeight}
              renderCells={renderCells}
            />
          ))}
          {after > 0 ? <tr aria-hidden style={{ height: after }} /> : null}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

const VirtualRow = memo(function VirtualRow({
  index,
  height,
  renderCells,
}: {
  index: number;
  height: number;
  renderCells: (index: number) => ReactNode;
}) {
  return (
    <Table.Tr aria-rowindex={index + 2} h={height}>
      {renderCells(index)}
    </Table.Tr>
  );
});
