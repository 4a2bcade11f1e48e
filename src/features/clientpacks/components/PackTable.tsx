import { ActionIcon, Badge, Button, Group, Menu, Table, Text } from '@mantine/core';
import { type Clientpack, packStatus } from '../api/clientpacks';

const STATUS = {
  connected: { color: 'teal', label: 'Connected' },
  available: { color: 'blue', label: 'Available' },
  disabled: { color: 'gray', label: 'Disabled' },
} as const;

export type PackAction =
  'download' | 'enable' | 'disable' | 'checkout' | 'checkin' | 'regenerate' | 'tag' | 'reset';

export function PackTable({
  packs,
  onAction,
  onRemoveTag,
}: {
  packs: readonly Clientpack[];
  onAction: (pack: Clientpack, action: PackAction) => void;
  onRemoveTag: (pack: Clientpack, key: string) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label="Clientpacks" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Overlay IP</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Checked out</Table.Th>
            <Table.Th>Client IP</Table.Th>
            <Table.Th>Tags</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {packs.map((pack) => {
            const status = STATUS[packStatus(pack)];
            return (
              <Table.Tr key={pack.name}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
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
                  <Group gap={4}>
                    {Object.entries(pack.tags ?? {}).map(([key, value]) => (
                      <Badge
                        key={key}
                        variant="outline"
                        tt="none"
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
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <Button
                        size="compact-xs"
                        variant="default"
                        aria-label={`Actions for ${pack.name}`}
                      >
                        Actions
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => onAction(pack, 'download')}>Download…</Menu.Item>
                      <Menu.Item
                        onClick={() => onAction(pack, pack.enabled ? 'disable' : 'enable')}
                      >
                        {pack.enabled ? 'Disable' : 'Enable'}
                      </Menu.Item>
                      <Menu.Item
                        onClick={() => onAction(pack, pack.checked_out ? 'checkin' : 'checkout')}
                      >
                        {pack.checked_out ? 'Check in' : 'Check out'}
                      </Menu.Item>
                      <Menu.Item onClick={() => onAction(pack, 'tag')}>Add tag…</Menu.Item>
                      <Menu.Item onClick={() => onAction(pack, 'regenerate')}>
                        Regenerate…
                      </Menu.Item>
                      {pack.connected ? (
                        <Menu.Item color="red" onClick={() => onAction(pack, 'reset')}>
                          Reset connection…
                        </Menu.Item>
                      ) : null}
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
