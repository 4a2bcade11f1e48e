import { SimpleGrid, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useRovingCards } from '../fleet/useRovingCards';
import type { Connection } from '../schema';
import { ConnectionCard } from './ConnectionCard';

const ROW_ESTIMATE = 190;
const GAP = 16;

function columnsFor(width: number) {
  if (width >= 1000) return 3;
  if (width >= 640) return 2;
  return 1;
}

/** Cards in rows; only the rows near the viewport are rendered, so a fleet of hundreds stays smooth. */
export function FleetGrid({
  connections,
  signedInAt,
}: {
  connections: readonly Connection[];
  signedInAt: (id: string) => string | undefined;
}) {
  const { ref: sizeRef, width } = useElementSize();
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const columns = columnsFor(width || 1200);
  const rows = Math.ceil(connections.length / columns);

  useLayoutEffect(() => {
    const top = listRef.current?.getBoundingClientRect().top ?? 0;
    setScrollMargin(top + window.scrollY);
  }, [width]);

  const virtualizer = useWindowVirtualizer({
    count: rows,
    estimateSize: () => ROW_ESTIMATE + GAP,
    overscan: 2,
    scrollMargin,
  });
  const scrollToRow = useCallback(
    (row: number) => virtualizer.scrollToIndex(row, { align: 'center' }),
    [virtualizer],
  );
  const roving = useRovingCards(listRef, connections.length, columns, scrollToRow);
  const rendered = virtualizer.getVirtualItems();
  // The card in the Tab order: the last one focused, or the first rendered one if that is gone.
  const activeRendered = rendered.some((row) => row.index === Math.floor(roving.active / columns));
  const tabbable = activeRendered ? roving.active : (rendered[0]?.index ?? 0) * columns;

  return (
    <div ref={sizeRef}>
      <Text size="xs" c="dimmed" mb="xs">
        Arrow keys, Home and End move between cards.
      </Text>
      <div
        ref={listRef}
        style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}
      >
        {rendered.map((row) => (
          <div
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              paddingBottom: GAP,
              transform: `translateY(${row.start - scrollMargin}px)`,
            }}
          >
            <SimpleGrid cols={columns}>
              {connections
                .slice(row.index * columns, row.index * columns + columns)
                .map((connection, column) => (
                  <ConnectionCard
                    key={connection.id}
                    index={row.index * columns + column}
                    tabbable={row.index * columns + column === tabbable}
                    connection={connection}
                    signedInAt={signedInAt(connection.id)}
                  />
                ))}
            </SimpleGrid>
          </div>
        ))}
      </div>
    </div>
  );
}
