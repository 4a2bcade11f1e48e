import { Anchor, Box, Button, Group, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'react-router';
import type { ItemKind } from '../api/keys';
import type { Device } from '../api/schemas';
import { OnlineBadge, TagList } from './badges';
import { useCan } from './permissions';
import { formatAgo } from './time';
import { DeviceChoiceDialog } from './DeviceChoiceDialog';
import { type DeviceRef, useDeviceActions } from './useDeviceActions';
import { useShellHubPaths } from './usePaths';

const ROW_HEIGHT = 49;

/** Virtualized rows: a page holds up to 100 devices. */
export function DeviceTable({
  kind,
  devices,
  label,
  onRemove,
}: {
  kind: ItemKind;
  devices: readonly Device[];
  label: string;
  onRemove: (device: DeviceRef) => void;
}) {
  const paths = useShellHubPaths();
  const can = useCan();
  const { status, limitReached, closeLimit } = useDeviceActions(kind);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: devices.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const canChange = can('change devices');
  const canRemove = can('remove devices');

  return (
    <Box
      ref={scrollRef}
      mah="60vh"
      style={{ overflowY: 'auto' }}
      tabIndex={0}
      role="region"
      aria-label={`${label} list`}
    >
      <Table
        stickyHeader
        aria-label={label}
        aria-rowcount={devices.length + 1}
        layout="fixed"
        miw={900}
      >
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th w="22%">Name</Table.Th>
            <Table.Th w={100}>Online</Table.Th>
            <Table.Th>Operating system</Table.Th>
            <Table.Th w="18%">Tags</Table.Th>
            <Table.Th w={120}>Last seen</Table.Th>
            <Table.Th w={190}>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 ? <tr aria-hidden style={{ height: before }} /> : null}
          {items.map((item) => {
            const device = devices[item.index]!;
            const ref = { uid: device.uid, name: device.name };
            return (
              <Table.Tr key={device.uid} aria-rowindex={item.index + 2} h={ROW_HEIGHT}>
                <Table.Td>
                  <Anchor component={Link} to={paths.item(kind, device.uid)} size="sm">
                    <Text span size="sm" truncate="end" title={device.name}>
                      {device.name}
                    </Text>
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <OnlineBadge online={device.online} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end">
                    {device.info?.pretty_name ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <TagList tags={device.tags ?? []} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{device.online ? 'now' : formatAgo(device.last_seen)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {canChange && device.status !== 'accepted' ? (
                      <Button
                        size="compact-sm"
                        variant="light"
                        aria-label={`Accept ${device.name}`}
                        loading={status.isPending && status.variables.device.uid === device.uid}
                        onClick={() => status.mutate({ device: ref, to: 'accepted' })}
                      >
                        Accept
                      </Button>
                    ) : null}
                    {canChange && device.status === 'pending' ? (
                      <Button
                        size="compact-sm"
                        variant="light"
                        color="orange"
                        aria-label={`Reject ${device.name}`}
                        onClick={() => status.mutate({ device: ref, to: 'rejected' })}
                      >
                        Reject
                      </Button>
                    ) : null}
                    {canRemove && device.status !== 'pending' ? (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        aria-label={`Remove ${device.name}`}
                        onClick={() => onRemove(ref)}
                      >
                        Remove
                      </Button>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
          {after > 0 ? <tr aria-hidden style={{ height: after }} /> : null}
        </Table.Tbody>
      </Table>
      {limitReached ? <DeviceChoiceDialog device={limitReached} onClose={closeLimit} /> : null}
    </Box>
  );
}
