import { Badge, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { connectorQuery } from '../api/connectors';
import { DockerInfo } from '../components/DockerInfo';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** GET /api/connector/{uid}: one Docker connector, its state and its engine. */
export function ConnectorPage() {
  const { uid = '' } = useParams();
  const { connection, client } = useConnectionClient();
  const connector = useQuery(connectorQuery(connection.id, client, uid));
  return (
    <QueryBoundary query={connector} what="the connector" skeletonHeight={200}>
      {(data) => (
        <Stack>
          <PageHeader
            title={`${data.address}:${data.port}`}
            description={
              <Badge color={data.enable ? 'teal' : 'gray'} variant="light" component="span">
                {data.enable ? 'Enabled' : 'Disabled'}
              </Badge>
            }
          />
          <Paper withBorder p="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
              <Fact label="Address">{data.address}</Fact>
              <Fact label="Port">{data.port}</Fact>
              <Fact label="TLS">{data.secure ? 'Yes' : 'No'}</Fact>
              <Fact label="State">{data.status?.State ?? '—'}</Fact>
              <Fact label="Message">{data.status?.Message || '—'}</Fact>
              <Fact label="UID">
                <Text span size="sm" ff="monospace">
                  {data.uid}
                </Text>
              </Fact>
            </SimpleGrid>
          </Paper>
          <Title order={2} size="h4">
            Docker engine
          </Title>
          {data.enable ? (
            <DockerInfo uid={data.uid} address={data.address} />
          ) : (
            <Text size="sm">The connector is disabled; enable it to read its engine.</Text>
          )}
        </Stack>
      )}
    </QueryBoundary>
  );
}
