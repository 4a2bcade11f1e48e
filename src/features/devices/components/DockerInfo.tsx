import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { connectorInfoQuery } from '../api/connectors';

/** GET /api/connector/{uid}/info: the Docker engine behind a connector, in one line. */
export function DockerInfo({ uid, address }: { uid: string; address: string }) {
  const { connection, client } = useConnectionClient();
  const info = useQuery(connectorInfoQuery(connection.id, client, uid));
  return (
    <QueryBoundary query={info} what={`the Docker engine of ${address}`} skeletonHeight={40}>
      {(data) => (
        <Text size="sm">
          Docker {data.ServerVersion ?? '?'} on {data.OperatingSystem ?? '?'}:{' '}
          {data.Containers ?? 0} containers ({data.ContainersRunning ?? 0} running,{' '}
          {data.ContainersStopped ?? 0} stopped), {data.Images ?? 0} images.
        </Text>
      )}
    </QueryBoundary>
  );
}
