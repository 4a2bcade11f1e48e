import { Badge, Group, Paper, Table, Text, Title } from '@mantine/core';
import { textOf } from '../api/fieldRules';
import { type ApplianceSettings, networkMode } from '../api/settings';

const ROWS = [
  ['interface', 'Interface'],
  ['hostname', 'Hostname'],
  ['ip_address', 'IP address'],
  ['netmask', 'Netmask'],
  ['gateway', 'Gateway'],
  ['dns1', 'DNS server 1'],
  ['dns2', 'DNS server 2'],
  ['ntpserver', 'NTP server'],
] as const;

/** What GET /settings reports, or that the appliance has no settings yet. */
export function NetworkSummary({ settings }: { settings: ApplianceSettings | null }) {
  if (!settings) {
    return (
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb={4}>
          No network settings yet
        </Title>
        <Text size="sm" c="dimmed">
          The appliance reports no network settings. Set them below.
        </Text>
      </Paper>
    );
  }
  const network: Record<string, unknown> = settings.network ?? {};
  const mode = networkMode(settings);
  const app = settings.app;
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Current settings
        </Title>
        <Badge variant="light" color={mode === 'static' ? 'blue' : 'grape'}>
          {mode === 'static' ? 'Static address' : 'DHCP'}
        </Badge>
      </Group>
      <Table aria-label="Current network settings" variant="vertical" layout="fixed">
        <Table.Tbody>
          {ROWS.map(([field, label]) => (
            <Table.Tr key={field}>
              <Table.Th scope="row" w={160}>
                {label}
              </Table.Th>
              <Table.Td>
                {textOf(network[field]) || (
                  <Text span c="dimmed" size="sm">
                    Not set
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
          {app !== undefined && app !== null ? (
            <Table.Tr>
              <Table.Th scope="row">Application</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Text span size="sm" ff="monospace">
                  {JSON.stringify(app)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
