import { Badge, Group, Paper, Stack, Title } from '@mantine/core';
import type { License } from '../api/license';
import { Facts } from './Facts';

export function LicenseDetails({ license }: { license: License }) {
  const topology = license.topology;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            Licence
          </Title>
          <Badge
            variant="light"
            color={license.finalized ? 'teal' : license.license_present ? 'yellow' : 'gray'}
          >
            {license.finalized
              ? 'Licensed'
              : license.license_present
                ? 'Parameters not set'
                : 'Not licensed'}
          </Badge>
        </Group>
        <Facts
          label="Licence details"
          rows={[
            ['State', license.license],
            ['Capabilities', license.capabilities.join(', ') || 'None'],
            ['Uploaded', license.uploaded_at ?? 'Never'],
            ['SHA-1 checksum', license.sha1_checksum],
            ...(topology
              ? ([
                  ['Overlay subnet', topology.overlay_subnet],
                  [
                    'Managers',
                    topology.managers
                      .map(
                        (m) =>
                          `#${m.manager_id} ${m.overlay_ipaddress}${m.asn ? ` (ASN ${m.asn})` : ''}`,
                      )
                      .join(', '),
                  ],
                  ['Manager VIP', license.my_manager_vip],
                  ['Overlay clients', topology.overlay_max_clients?.toString()],
                  ['IPsec endpoints', topology.ipsec_max_endpoints?.toString()],
                  ['IPsec subnets', topology.ipsec_max_subnets?.toString()],
                  ['Upgrades applied', String(topology.license_upgrades?.length ?? 0)],
                ] satisfies [string, string | null | undefined][])
              : []),
          ]}
        />
      </Stack>
    </Paper>
  );
}
