import { Badge, Box, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { AuditEntry, AuditOutcome } from './auditEntry';

const ROW_HEIGHT = 41;

const OUTCOME: Record<AuditOutcome, { color: string; label: string }> = {
  ok: { color: 'teal', label: 'OK' },
  failed: { color: 'red', label: 'Failed' },
  'network-error': { color: 'orange', label: 'No response' },
  aborted: { color: 'gray', label: 'Cancelled' },
};

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });

/** Virtualized: the trail holds up to thousands of rows. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: entries.length,
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
      mah="65vh"
      style={{ overflowY: 'auto' }}
      tabIndex={0}
      role="region"
      aria-label="Recorded requests"
    >
      <Table
        stickyHeader
        aria-label="Audit trail"
        aria-rowcount={entries.length + 1}
        layout="fixed"
      >
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th w={190}>Time</Table.Th>
            <Table.Th w={200}>Connection</Table.Th>
            <Table.Th w={90}>Method</Table.Th>
            <Table.Th>Path</Table.Th>
            <Table.Th w={80}>Status</Table.Th>
            <Table.Th w={130}>Outcome</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 ? <tr aria-hidden style={{ height: before }} /> : null}
          {items.map((item) => {
            const entry = entries[item.index]!;
            const outcome = OUTCOME[entry.outcome];
            return (
              <Table.Tr key={entry.id} aria-rowindex={item.index + 2} h={ROW_HEIGHT}>
                <Table.Td>
                  <Text size="sm" component="time" dateTime={entry.at}>
                    {timeFormat.format(new Date(entry.at))}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end" title={entry.connectionName}>
                    {entry.connectionName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {entry.method}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" truncate="end" title={entry.path}>
                    {entry.path}
                  </Text>
                </Table.Td>
                <Table.Td>{entry.status ?? '—'}</Table.Td>
                <Table.Td>
                  <Badge color={outcome.color} variant="light">
                    {outcome.label}
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
