import { Button, Group, Table, Text } from '@mantine/core';
import { VirtualTable } from './VirtualTable';

const ROW_HEIGHT = 45;

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
      renderCells={(index) => {
        const rule = rules[index] ?? '';
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
                  disabled={busy || index === rules.length - 1}
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
      }}
    />
  );
}
