import { Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { ORIGIN_LABEL, connectedSubnetsQuery } from '../api/connectedSubnets';

/** GET /status/connected_subnets. */
export function ConnectedSubnetsCard() {
  const { connection, client } = useConnectionClient();
  const subnets = useQuery(connectedSubnetsQuery(connection.id, client));
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h4" mb="md">
        Connected subnets
      </Title>
      <QueryBoundary query={subnets} what="the connected subnets">
        {(rows) =>
          rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              No subnets are reachable through this controller yet.
            </Text>
          ) : (
            <Table aria-label="Connected subnets">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Network</Table.Th>
                  <Table.Th>Netmask</Table.Th>
                  <Table.Th>Origin</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={`${row.network}/${row.netmask}`}>
                    <Table.Td ff="monospace">{row.network}</Table.Td>
                    <Table.Td ff="monospace">{row.netmask}</Table.Td>
                    <Table.Td>
                      {row.origin ? (ORIGIN_LABEL[row.origin] ?? row.origin) : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryBoundary>
    </Paper>
  );
}
