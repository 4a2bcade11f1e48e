import { Anchor, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ipsecStatusQuery } from '@/api/vns3/ipsecStatus';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';

/** GET /status/ipsec (live): how many tunnels are up, and which are not. */
export function TunnelSummaryCard() {
  const { connection, client } = useConnectionClient();
  const status = useQuery(ipsecStatusQuery(connection.id, client));
  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          IPsec tunnels
        </Title>
        <Anchor component={Link} to={`/c/${connection.id}/tunnels`} size="sm">
          All tunnels
        </Anchor>
      </Group>
      <QueryBoundary query={status} what="the tunnel status">
        {(tunnels) => {
          const all = Object.values(tunnels);
          const connected = all.filter((tunnel) => tunnel.connected).length;
          const problems = all.filter((tunnel) => tunnel.enabled && !tunnel.connected);
          return (
            <>
              <Text size="sm" mb="sm" aria-live="polite">
                {all.length === 0
                  ? 'No tunnels are configured.'
                  : `${connected} of ${all.length} tunnels connected`}
              </Text>
              {problems.length > 0 ? (
                <Table aria-label="Tunnels that are down">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Endpoint</Table.Th>
                      <Table.Th>Local subnet</Table.Th>
                      <Table.Th>Remote subnet</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {problems.map((tunnel) => (
                      <Table.Tr key={tunnel.id}>
                        <Table.Td>{tunnel.endpoint_name}</Table.Td>
                        <Table.Td ff="monospace">{tunnel.local_subnet}</Table.Td>
                        <Table.Td ff="monospace">{tunnel.remote_subnet}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : null}
            </>
          );
        }}
      </QueryBoundary>
    </Paper>
  );
}
