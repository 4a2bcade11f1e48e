import { ActionIcon, Badge, Box, Button, Checkbox, Group, Menu, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
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

/** Clientpacks, one row each; only the rows in view are rendered (a controller can hold thousands). */
export function PackTable({
  packs,
  selected,
  onSelect,
  onAction,
  onRemoveTag,
}: {
  packs: readonly Clientpack[];
  selected: ReadonlySet<string>;
  onSelect: (names: readonly string[], selected: boolean) => void;
  onAction: (pack: Clientpack, action: PackAction) => void;
  onRemoveTag: (pack: Clientpack, key: string) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: packs.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const selectedShown = packs.filter((pack) => selected.has(pack.name)).length;

  return (
    <Box
      ref={scrollRef}
      mah="65vh"
      style={{ overflow: 'auto' }}
      tabIndex={0}
      role="region"
      aria-label="Clientpacks (scrollable)"
    >
      <Table
        stickyHeader
        aria-label="Clientpacks"
        aria-rowcount={packs.length + 1}
        layout="fixed"
        miw={940}
        verticalSpacing={6}
      >
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th w={44}>
              <Checkbox
                aria-label="Select all shown packs"
                checked={selectedShown > 0 && selectedShown === packs.length}
                indeterminate={selectedShown > 0 && selectedShown < packs.length}
                onChange={(event) =>
                  onSelect(
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
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 ? <tr aria-hidden style={{ height: before }} /> : null}
          {items.map((item) => {
            const pack = packs[item.index];
            if (!pack) return null;
            const status = STATUS[packStatus(pack)];
            return (
              <Table.Tr key={pack.name} aria-rowindex={item.index + 2} h={ROW_HEIGHT}>
                <Table.Td>
                  <Checkbox
                    aria-label={`Select ${pack.name}`}
                    checked={selected.has(pack.name)}
                    onChange={(event) => onSelect([pack.name], event.currentTarget.checked)}
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
                            onClick={() => onRemoveTag(pack, key)}
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
                  <PackMenu pack={pack} onAction={onAction} />
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
