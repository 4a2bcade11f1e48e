import { Button, Table, Text } from '@mantine/core';
import { memo, useCallback } from 'react';
import { VirtualTable } from '@/components/VirtualTable';

const ROW_HEIGHT = 45;

/** Virtualized: a gateway's denied list can hold thousands of devices. */
export function DeniedDevicesTable({
  uuids,
  onRestore,
}: {
  uuids: readonly string[];
  onRestore: (uuid: string) => void;
}) {
  const renderCells = useCallback(
    (index: number) => {
      const uuid = uuids[index];
      return uuid === undefined ? null : <DeniedCells uuid={uuid} onRestore={onRestore} />;
    },
    [uuids, onRestore],
  );
  return (
    <VirtualTable
      label="Denied devices"
      count={uuids.length}
      rowHeight={ROW_HEIGHT}
      minWidth={480}
      maxHeight="60vh"
      overscan={12}
      rowKey={(index) => uuids[index] ?? String(index)}
      header={
        <>
          <Table.Th>Device UUID</Table.Th>
          <Table.Th w={120}>
            <Text span size="sm" fw={700}>
              Actions
            </Text>
          </Table.Th>
        </>
      }
      renderCells={renderCells}
    />
  );
}

const DeniedCells = memo(function DeniedCells({
  uuid,
  onRestore,
}: {
  uuid: string;
  onRestore: (uuid: string) => void;
}) {
  return (
    <>
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
    </>
  );
});
