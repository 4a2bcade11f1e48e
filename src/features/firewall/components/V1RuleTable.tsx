import { Button, Group, Table, Text } from '@mantine/core';
import { memo } from 'react';
import { VirtualTable } from '@/components/VirtualTable';

const ROW_HEIGHT = 45;

/** One row's cells; memoised so scrolling 10,000 rules re-renders only rows that change. */
const V1RuleCells = memo(function V1RuleCells({
  index,
  rule,
  isLast,
  busy,
  onMove,
  onDelete,
}: {
  index: number;
  rule: string;
  isLast: boolean;
  busy: boolean;
  onMove: (from: number, to: number) => void;
  onDelete: (position: number) => void;
}) {
  return (
    <>
      <Table.Td>{index}</Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace" truncate="end" title={rule}>
          {rule}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-xs"
            variant="default"
            disabled={busy || index === 0}
            aria-label={`Move rule ${index} up`}
            onClick={() => onMove(index, index - 1)}
          >
            Move up
          </Button>
          <Button
            size="compact-xs"
            variant="default"
            disabled={busy || isLast}
            aria-label={`Move rule ${index} down`}
            onClick={() => onMove(index, index + 1)}
          >
            Move down
          </Button>
          <Button
            size="compact-xs"
            variant="light"
            color="red"
            disabled={busy}
            aria-label={`Delete rule ${index}`}
            onClick={() => onDelete(index)}
          >
            Delete
          </Button>
        </Group>
      </Table.Td>
    </>
  );
});

/** The ordered v1 rules; `onMove` and `onDelete` should be stable callbacks. */
export function V1RuleTable({
  rules,
  busy,
  onMove,
  onDelete,
}: {
  rules: readonly string[];
  busy: boolean;
  onMove: (from: number, to: number) => void;
  onDelete: (position: number) => void;
}) {
  return (
    <VirtualTable
      label="Firewall v1 rules"
      count={rules.length}
      rowHeight={ROW_HEIGHT}
      minWidth={720}
      rowKey={(index) => `${index}:${rules[index] ?? ''}`}
      header={
        <>
          <Table.Th w={80}>Position</Table.Th>
          <Table.Th>Rule</Table.Th>
          <Table.Th w={250}>Actions</Table.Th>
        </>
      }
      renderCells={(index) => (
        <V1RuleCells
          index={index}
          rule={rules[index] ?? ''}
          isLast={index === rules.length - 1}
          busy={busy}
          onMove={onMove}
          onDelete={onDelete}
        />
      )}
    />
  );
}
