import { Badge, Group, Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { License } from '../api/license';
import { type ExpiryLevel, licenseExpiry } from '../api/licenseExpiry';

const EXPIRY_COLORS: Record<ExpiryLevel, string> = {
  expired: 'red',
  soon: 'yellow',
  valid: 'teal',
};

function Expiry({ expires }: { expires: string }) {
  const expiry = licenseExpiry(expires);
  return (
    <Group gap="xs">
      <Text span size="sm">
        {expires}
      </Text>
      {expiry ? (
        <Badge color={EXPIRY_COLORS[expiry.level]} variant="light" tt="none">
          {expiry.label}
        </Badge>
      ) : null}
    </Group>
  );
}

export function LicenseDetails({ license }: { license: License }) {
  const rows: [string, ReactNode][] = [
    ['Application', license.app],
    ['Users', String(license.users)],
    ['Expires', <Expiry key="expires" expires={license.expires} />],
    ['Licensed to', license.name],
    ['Contact', license.contact],
  ];
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        Installed license
      </Title>
      <Table aria-label="Installed license" variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={160} scope="row">
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
