import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { saveBlob } from '@/api/download';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { deviceTestQuery } from '../api/deviceTest';
import { deviceTestsQuery } from '../api/deviceTests';
import { downloadArtifact } from '../api/downloadArtifact';
import { describeGatewayError } from '../api/scopeError';
import { Facts } from './Facts';
import { GatewayQuery } from './GatewayQuery';
import { formatUnix } from './time';

function statusColor(status: string): string {
  if (/pass/i.test(status)) return 'teal';
  if (/fail/i.test(status)) return 'red';
  return 'gray';
}

function TestDetail({ uuid, testId }: { uuid: string; testId: string }) {
  const { connection, client } = useConnectionClient();
  const test = useQuery(deviceTestQuery(connection.id, client, uuid, testId));

  async function fetchArtifact(name: string) {
    try {
      const { blob, fileName } = await downloadArtifact(client, uuid, testId, name);
      saveBlob(blob, fileName);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: `${name} was not downloaded`,
        message: describeGatewayError(error),
      });
    }
  }

  return (
    <GatewayQuery query={test} what={`test ${testId}`}>
      {(detail) => (
        <Paper withBorder p="md" radius="md">
          <Stack>
            <Facts
              items={[
                ['Test ID', detail.uuid],
                ['Target', detail.target_name],
                ['Created', formatUnix(detail.created_on)],
                ['Completed', formatUnix(detail.completed_on)],
                ['Details', detail.details ?? ''],
              ]}
            />
            {detail.results?.length ? (
              <Table aria-label={`Results of test ${detail.name}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Result</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Details</Table.Th>
                    <Table.Th>Metrics</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {detail.results.map((result) => (
                    <Table.Tr key={result.name}>
                      <Table.Td>{result.name}</Table.Td>
                      <Table.Td>{result.status}</Table.Td>
                      <Table.Td>{result.details ?? ''}</Table.Td>
                      <Table.Td>
                        {Object.entries(result.metrics ?? {})
                          .map(([key, value]) => `${key}=${value}`)
                          .join(', ')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : null}
            {detail.artifacts?.length ? (
              <Group gap="xs">
                {detail.artifacts.map((name) => (
                  <Button
                    key={name}
                    size="xs"
                    variant="light"
                    aria-label={`Download artifact ${name}`}
                    onClick={() => void fetchArtifact(name)}
                  >
                    {name}
                  </Button>
                ))}
              </Group>
            ) : null}
          </Stack>
        </Paper>
      )}
    </GatewayQuery>
  );
}

export function TestsPanel({ uuid }: { uuid: string }) {
  const { connection, client } = useConnectionClient();
  const tests = useQuery(deviceTestsQuery(connection.id, client, uuid));
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Stack>
      <Title order={2} size="h4">
        Tests
      </Title>
      <GatewayQuery query={tests} what="the device tests">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No tests">The device has run no tests.</EmptyState>
          ) : (
            <Stack>
              <Table aria-label="Device tests">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Created</Table.Th>
                    <Table.Th>Completed</Table.Th>
                    <Table.Th>
                      <Text span size="sm" fw={700}>
                        Actions
                      </Text>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((test) => (
                    <Table.Tr key={test.uuid}>
                      <Table.Td>{test.name}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={statusColor(test.status)}>
                          {test.status}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{formatUnix(test.created_on)}</Table.Td>
                      <Table.Td>{formatUnix(test.completed_on)}</Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="light"
                          aria-expanded={open === test.uuid}
                          aria-label={`Details of test ${test.name}`}
                          onClick={() => setOpen(open === test.uuid ? null : test.uuid)}
                        >
                          Details
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {open ? <TestDetail uuid={uuid} testId={open} /> : null}
            </Stack>
          )
        }
      </GatewayQuery>
    </Stack>
  );
}
