import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Endpoint } from '../api/ipsec';
import { PskField } from './PskField';

const yesNo = (value: boolean | undefined) => (value === undefined ? '—' : value ? 'Yes' : 'No');

export function EndpointSettings({ endpoint }: { endpoint: Endpoint }) {
  const items: [string, ReactNode][] = [
    ['Remote gateway IP', endpoint.ipaddress],
    ['IKE version', endpoint.ike_version ? `IKEv${endpoint.ike_version}` : '—'],
    ['Perfect forward secrecy', yesNo(endpoint.pfs)],
    ['NAT traversal', yesNo(endpoint.nat_t_enabled)],
    ['Algorithms', endpoint.extra_config?.join(' ') || 'Controller defaults'],
    [
      'VPN type',
      endpoint.vpn_type === 'vti' ? 'Route based (VTI)' : (endpoint.vpn_type ?? 'policy'),
    ],
    ['Remote private IP', endpoint.private_ipaddress || '—'],
    ['Description', endpoint.description || '—'],
    ['Pre-shared key', <PskField key="psk" psk={endpoint.psk} />],
  ];
  if (endpoint.vpn_type === 'vti') {
    items.push(['VTI interface address', endpoint.route_based_int_address || '—']);
  }
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h4" mb="md">
        Settings
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} m={0}>
        {items.map(([label, value]) => (
          <Stack key={label} gap={2}>
            <Text component="dt" size="xs" c="dimmed" fw={600}>
              {label}
            </Text>
            <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
              {value}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
