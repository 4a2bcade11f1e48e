import { Badge, Table, Text } from '@mantine/core';
import { memo, useCallback } from 'react';
import { VirtualTable } from '@/components/VirtualTable';
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
  const renderCells = useCallback(
    (index: number) => {
      const entry = entries[index];
      return entry ? <AuditCells entry={entry} /> : null;
    },
    [entries],
  );
  return (
    <VirtualTable
      label="Audit trail"
      regionLabel="Recorded requests"
      count={entries.length}
      rowHeight={ROW_HEIGHT}
      overscan={12}
      rowKey={(index) => entries[index]?.id ?? String(index)}
      header={
        <>
          <Table.Th w={190}>Time</Table.Th>
          <Table.Th w={200}>Connection</Table.Th>
          <Table.Th w={90}>Method</Table.Th>
          <Table.Th>Path</Table.Th>
          <Table.Th w={80}>Status</Table.Th>
          <Table.Th w={130}>Outcome</Table.Th>
        </>
      }
      renderCells={renderCells}
    />
  );
}

const AuditCells = memo(function AuditCells({ entry }: { entry: AuditEntry }) {
  const outcome = OUTCOME[entry.outcome];
  return (
    <>
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
    </>
  );
});
