import { Paper, Skeleton, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { runtimeStatusQuery } from '../api/runtimeStatus';
import { Facts } from './Facts';
import { PrerequisiteOrError } from './LicenseGate';

/** GET /status: what the controller is running right now. */
export function RuntimeStatusCard() {
  const { connection, client } = useConnectionClient();
  const status = useQuery(runtimeStatusQuery(connection.id, client));
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Runtime status
        </Title>
        {status.isPending ? <Skeleton height={90} aria-label="Loading the runtime status" /> : null}
        {status.isError ? (
          <PrerequisiteOrError
            error={status.error}
            what="the runtime status"
            onRetry={() => void status.refetch()}
          />
        ) : null}
        {status.data ? (
          <Facts
            label="Runtime status"
            rows={[
              ['IPsec tunnels up', `${status.data.tunnelsUp} of ${status.data.tunnels}`],
              ['Connected clients', status.data.clients],
              [
                'Connected subnets',
                status.data.subnets.length ? status.data.subnets.join(', ') : 'None',
              ],
            ]}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
