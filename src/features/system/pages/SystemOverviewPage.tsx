import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useIsFetching, useQuery, useQueryClient } from '@tanstack/react-query';
import { endpointsQuery } from '@/api/jidoteki/endpoints';
import { jidotekiKeys } from '@/api/jidoteki/keys';
import { versionQuery } from '@/api/jidoteki/version';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { ServerText } from '@/components/ServerText';
import { buildQuery, formatBuildDate } from '../api/build';
import { changelogQuery } from '../api/changelog';
import { healthQuery } from '../api/health';
import { systemKeys } from '../api/keys';
import { servicesQuery } from '../api/services';
import { HealthPanel } from '../components/HealthPanel';
import { RestartApplianceButton } from '../components/RestartApplianceButton';
import { ServicesPanel } from '../components/ServicesPanel';

export function SystemOverviewPage() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const version = useQuery(versionQuery(connection.id, client));
  const build = useQuery(buildQuery(connection.id, client));
  const health = useQuery(healthQuery(connection.id, client));
  const services = useQuery(servicesQuery(connection.id, client));
  const changelog = useQuery(changelogQuery(connection.id, client));
  const endpoints = useQuery(endpointsQuery(connection.id, client));
  const fetching = useIsFetching({ queryKey: [connection.id] }) > 0;

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: systemKeys.all(connection.id) });
    void queryClient.invalidateQueries({ queryKey: jidotekiKeys.all(connection.id) });
  };

  return (
    <Stack>
      <PageHeader
        title="System overview"
        description={`${connection.name} · ${connection.baseUrl}`}
        actions={
          <>
            <Button variant="default" onClick={refresh} loading={fetching}>
              Refresh
            </Button>
            <RestartApplianceButton />
          </>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Paper withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">
            Version
          </Text>
          <QueryBoundary query={version} what="the version" skeletonHeight={32}>
            {(data) => (
              <Text size="xl" fw={700} data-testid="system-version">
                {data.version}
              </Text>
            )}
          </QueryBoundary>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">
            Build date
          </Text>
          <QueryBoundary query={build} what="the build information" skeletonHeight={32}>
            {(data) => (
              <Text size="xl" fw={700}>
                {formatBuildDate(data.builddate) ?? 'Not reported'}
              </Text>
            )}
          </QueryBoundary>
        </Paper>
      </SimpleGrid>
      <QueryBoundary query={health} what="health" skeletonHeight={150}>
        {(data) => <HealthPanel health={data} />}
      </QueryBoundary>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <QueryBoundary query={services} what="services">
          {(data) => <ServicesPanel services={data} />}
        </QueryBoundary>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            Enabled endpoints
          </Title>
          <QueryBoundary query={endpoints} what="the endpoint list">
            {(data) => (
              <Group gap={6}>
                {data.map((name) => (
                  <Badge key={name} variant="outline" tt="none">
                    {name}
                  </Badge>
                ))}
              </Group>
            )}
          </QueryBoundary>
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          Changelog
        </Title>
        <QueryBoundary query={changelog} what="the changelog">
          {(data) =>
            data.trim() ? (
              <ServerText text={data} label="Changelog" />
            ) : (
              <Text c="dimmed">The changelog is empty.</Text>
            )
          }
        </QueryBoundary>
      </Paper>
    </Stack>
  );
}
