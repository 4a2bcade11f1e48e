import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { appsStatesQuery } from '../api/appsStates';
import { GatewayQuery } from './GatewayQuery';

export function AppsStatesPanel({ uuid }: { uuid: string }) {
  const { connection, client } = useConnectionClient();
  const states = useQuery(appsStatesQuery(connection.id, client, uuid));
  return (
    <Stack>
      <Title order={2} size="h4">
        Apps states
      </Title>
      <GatewayQuery query={states} what="the apps states">
        {(reports) =>
          reports.length === 0 ? (
            <EmptyState title="No apps states">The device has not reported its apps.</EmptyState>
          ) : (
            reports.map((report) => (
              <Paper key={report.deviceTime} withBorder p="md" radius="md">
                <Stack gap="xs">
                  <Text size="sm" fw={600}>
                    Reported {new Date(report.deviceTime).toLocaleString()}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    OSTree {report.ostree ?? '—'}
                  </Text>
                  <Table.ScrollContainer minWidth={640}>
                    <Table aria-label={`Apps reported ${report.deviceTime}`}>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>App</Table.Th>
                          <Table.Th>State</Table.Th>
                          <Table.Th>Services</Table.Th>
                          <Table.Th>URI</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {Object.entries(report.apps ?? {}).map(([name, app]) => (
                          <Table.Tr key={name}>
                            <Table.Td>{name}</Table.Td>
                            <Table.Td>
                              <Badge
                                variant="light"
                                color={app.state === 'healthy' ? 'teal' : 'orange'}
                              >
                                {app.state ?? 'unknown'}
                              </Badge>
                            </Table.Td>
                            <Table.Td>
                              {(app.services ?? []).map((service) => (
                                <Text key={service.name} size="xs">
                                  {service.name}: {service.state ?? '—'}
                                  {service.health ? ` (${service.health})` : ''} ·{' '}
                                  {service.status ?? ''} · {service.image ?? ''}
                                </Text>
                              ))}
                            </Table.Td>
                            <Table.Td>
                              <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                                {app.uri ?? '—'}
                              </Text>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Stack>
              </Paper>
            ))
          )
        }
      </GatewayQuery>
    </Stack>
  );
}
