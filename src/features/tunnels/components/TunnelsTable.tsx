import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatBytes } from '@/lib/format';
import type { Tunnel } from '../api/ipsec';
import { TunnelStatusBadge } from './TunnelStatusBadge';
import { useLiveStatus } from './useLiveStatus';

const bytes = (value: number | null) => (value === null ? '—' : formatBytes(value));

/** An endpoint's tunnels with their live state and traffic. */
export function TunnelsTable({
  label,
  tunnels,
  actions,
}: {
  label: string;
  tunnels: Tunnel[];
  actions?: (tunnel: Tunnel) => ReactNode;
}) {
  const { lookup } = useLiveStatus();
  if (tunnels.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No tunnels yet.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Local subnet</Table.Th>
            <Table.Th>Remote subnet</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Received</Table.Th>
            <Table.Th>Sent</Table.Th>
            <Table.Th>Description</Table.Th>
            {actions ? <Table.Th>Actions</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tunnels.map((tunnel) => {
            const live = lookup(tunnel.id);
            return (
              <Table.Tr key={tunnel.id}>
                <Table.Td ff="monospace">{tunnel.local_subnet}</Table.Td>
                <Table.Td ff="monospace">{tunnel.remote_subnet}</Table.Td>
                <Table.Td>
                  <TunnelStatusBadge enabled={tunnel.enabled} connected={live.connected} />
                </Table.Td>
                <Table.Td>{bytes(live.bytesIn)}</Table.Td>
                <Table.Td>{bytes(live.bytesOut)}</Table.Td>
                <Table.Td>{tunnel.description}</Table.Td>
                {actions ? <Table.Td>{actions(tunnel)}</Table.Td> : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
