import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { containerSystemQuery, imagesQuery } from '../api/containers';
import { ContainerAddresses } from '../components/ContainerAddresses';
import { ContainerSystemCard } from '../components/ContainerSystemCard';
import { ContainersPanel } from '../components/ContainersPanel';
import { ImagesPanel } from '../components/ImagesPanel';

export function ContainersPage() {
  const { connection, client } = useConnectionClient();
  const system = useQuery(containerSystemQuery(connection.id, client));
  const images = useQuery({ ...imagesQuery(connection.id, client), enabled: system.isSuccess });
  return (
    <Stack maw={1000}>
      <PageHeader
        title="Containers"
        description={`The container system of ${connection.name}: images and running containers.`}
      />
      <ContainerSystemCard />
      {system.isSuccess ? (
        <QueryBoundary query={images} what="the images">
          {(data) => (
            <>
              <ImagesPanel images={data} />
              <ContainersPanel images={data} />
              <ContainerAddresses />
            </>
          )}
        </QueryBoundary>
      ) : null}
    </Stack>
  );
}
