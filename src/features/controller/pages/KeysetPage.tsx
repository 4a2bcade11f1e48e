import { Alert, Badge, Group, Paper, Progress, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Skeleton } from '@mantine/core';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { keysetQuery } from '../api/keyset';
import { Facts } from '../components/Facts';
import { KeysetForm } from '../components/KeysetForm';
import { PrerequisiteOrError } from '../components/LicenseGate';

export function KeysetPage() {
  const { connection, client } = useConnectionClient();
  const keyset = useQuery(keysetQuery(connection.id, client));
  const data = keyset.data;

  return (
    <Stack maw={760}>
      <PageHeader
        title="Keyset"
        description={`The overlay keyset of ${connection.name}: needed before clientpacks exist.`}
      />
      {keyset.isPending ? <Skeleton height={160} aria-label="Loading the keyset" /> : null}
      {keyset.isError ? (
        <PrerequisiteOrError
          error={keyset.error}
          what="the keyset"
          onRetry={() => void keyset.refetch()}
        />
      ) : null}
      {data ? (
        <Paper withBorder p="md" radius="md">
          <Stack>
            <Group justify="space-between">
              <Title order={2} size="h4">
                Status
              </Title>
              <Badge
                variant="light"
                color={data.keyset_present ? 'teal' : data.in_progress ? 'blue' : 'gray'}
              >
                {data.keyset_present ? 'Present' : data.in_progress ? 'Generating' : 'None'}
              </Badge>
            </Group>
            {data.in_progress ? (
              <Stack gap={4} role="status">
                <Progress value={100} animated striped aria-label="Keyset generation progress" />
                Generating the keyset; this page follows it until it is done.
              </Stack>
            ) : null}
            {data.keyset_present ? (
              <Alert color="teal" variant="light" role="status" title="Keyset present">
                Clientpacks and overlay features are available.
              </Alert>
            ) : null}
            <Facts
              label="Keyset details"
              rows={[
                ['Checksum', data.checksum],
                ['Created', data.created_at],
                ['Started', data.started_at],
              ]}
            />
          </Stack>
        </Paper>
      ) : null}
      {data && !data.keyset_present && !data.in_progress ? <KeysetForm /> : null}
    </Stack>
  );
}
