import { ActionIcon, Badge, Button, Checkbox, Group, Menu, Table, Text } from '@mantine/core';
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { VirtualTable } from '@/components/VirtualTable';
import { type Clientpack, packStatus } from '../api/clientpacks';

const STATUS = {
  connected: { color: 'teal', label: 'Connected' },
  available: { color: 'blue', label: 'Available' },
  disabled: { color: 'gray', label: 'Disabled' },
} as const;

export type PackAction =
  | 'details'
  | 'download'
  | 'enable'
  | 'disable'
  | 'checkout'
  | 'checkin'
  | 'regenerate'
  | 'tag'
  | 'reset';

const ROW_HEIGHT = 46;

interface PackHandlers {
  onSelect: (names: readonly string[], selected: boolean) => void;
  onAction: (pack: Clientpack, action: PackAction) => void;
  onRemoveTag: (pack: Clientpack, key: string) => void;
}

/** Clientpacks, one row each; only the rows in view are rendered (a controller can hold thousands). */
export function PackTable({
  packs,
  selected,
  ...handlers
}: {
  packs: readonly Clientpack[];
  selected: ReadonlySet<string>;
} & PackHandlers) {
  const stableHandlers = useStableHandlers(handlers);
  const selectedShown = packs.filter((pack) => selected.has(pack.name)).length;
  const renderCells = useCallback(
    (index: number) => {
      const pack = packs[index];
      return pack ? (
        <PackCells pack={pack} checked={selected.has(pack.name)} handlers={stableHandlers} />
      ) : null;
    },
    [packs, selected, stableHandlers],
  );

  return (
    <VirtualTable
      label="Clientpacks"
      count={packs.length}
      rowHeight={ROW_HEIGHT}
      minWidth={940}
      verticalSpacing={6}
      overscan={12}
      rowKey={(index) => packs[index]?.name ?? String(index)}
      header={
        <>
          <Table.Th w={44}>
            <Checkbox
              aria-label="Select all shown packs"
              checked={selectedShown > 0 && selectedShown === packs.length}
              indeterminate={selectedShown > 0 && selectedShown < packs.length}
              onChange={(event) =>
                handlers.onSelect(
                  packs.map((pack) => pack.name),
                  event.currentTarget.checked,
                )
              }
            />
          </Table.Th>
          <Table.Th w={160}>Name</Table.Th>
          <Table.Th w={140}>Overlay IP</Table.Th>
          <Table.Th w={130}>Status</Table.Th>
          <Table.Th w={110}>Checked out</Table.Th>
          <Table.Th w={130}>Client IP</Table.Th>
          <Table.Th>Tags</Table.Th>
          <Table.Th w={96}>Actions</Table.Th>
        </>
      }
      renderCells={renderCells}
    />
  );
}

/** Handlers whose identity never changes, so memoised rows skip re-rendering when the page does. */
function useStableHandlers(handlers: PackHandlers): PackHandlers {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  return useMemo(
    () => ({
      onSelect: (names, isSelected) => latest.current.onSelect(names, isSelected),
      onAction: (pack, action) => latest.current.onAction(pack, action),
      onRemoveTag: (pack, key) => latest.current.onRemoveTag(pack, key),
    }),
    [],
  );
}

const PackCells = memo(function PackCells({
  pack,
  checked,
  handlers,
}: {
  pack: Clientpack;
  checked: boolean;
  handlers: PackHandlers;
}) {
  const status = STATUS[packStatus(pack)];
  return (
    <>
      <Table.Td>
        <Checkbox
          aria-label={`Select ${pack.name}`}
          checked={checked}
          onChange={(event) => handlers.onSelect([pack.name], event.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace" truncate>
          {pack.name}
        </Text>
      </Table.Td>
      <Table.Td>{pack.overlay_ipaddress}</Table.Td>
      <Table.Td>
        <Badge variant="light" color={status.color}>
          {status.label}
        </Badge>
      </Table.Td>
      <Table.Td>{pack.checked_out ? 'Yes' : 'No'}</Table.Td>
      <Table.Td>{pack.ipaddress || '—'}</Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap" style={{ overflow: 'hidden' }}>
          {Object.entries(pack.tags ?? {}).map(([key, value]) => (
            <Badge
              key={key}
              variant="outline"
              tt="none"
              style={{ flexShrink: 0 }}
              rightSection={
                <ActionIcon
                  size="xs"
                  variant="transparent"
                  aria-label={`Remove tag ${key} from ${pack.name}`}
                  onClick={() => handlers.onRemoveTag(pack, key)}
                >
                  ×
                </ActionIcon>
              }
            >
              {key}={value}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <PackMenu pack={pack} onAction={handlers.onAction} />
      </Table.Td>
    </>
  );
});

function PackMenu({
  pack,
  onAction,
}: {
  pack: Clientpack;
  onAction: (pack: Clientpack, action: PackAction) => void;
}) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="compact-xs" variant="default" aria-label={`Actions for ${pack.name}`}>
          Actions
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onAction(pack, 'details')}>Details…</Menu.Item>
        <Menu.Item onClick={() => onAction(pack, 'download')}>Download…</Menu.Item>
        <Menu.Item onClick={() => onAction(pack, pack.enabled ? 'disable' : 'enable')}>
          {pack.enabled ? 'Disable' : 'Enable'}
        </Menu.Item>
        <Menu.Item onClick={() => onAction(pack, pack.checked_out ? 'checkin' : 'checkout')}>
          {pack.checked_out ? 'Check in' : 'Check out'}
        </Menu.Item>
        <Menu.Item onClick={() => onAction(pack, 'tag')}>Add tag…</Menu.Item>
        <Menu.Item onClick={() => onAction(pack, 'regenerate')}>Regenerate…</Menu.Item>
        {pack.connected ? (
          <Menu.Item color="red" onClick={() => onAction(pack, 'reset')}>
            Reset connection…
          </Menu.Item>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}
