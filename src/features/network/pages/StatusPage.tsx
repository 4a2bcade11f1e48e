import { SimpleGrid, Stack } from '@mantine/core';
import { PageHeader } from '@/components/PageHeader';
import { PrerequisiteBanner } from '@/components/vns3/PrerequisiteBanner';
import { ConnectedSubnetsCard } from '../components/ConnectedSubnetsCard';
import { ControllerCard } from '../components/ControllerCard';
import { SystemCard } from '../components/SystemCard';
import { TunnelSummaryCard } from '../components/TunnelSummaryCard';

export function StatusPage() {
  return (
    <Stack>
      <PageHeader title="Status" description="This controller, its health and its tunnels." />
      <PrerequisiteBanner needs="license" before={<ControllerCard />}>
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <SystemCard />
          <TunnelSummaryCard />
        </SimpleGrid>
        <ConnectedSubnetsCard />
      </PrerequisiteBanner>
    </Stack>
  );
}
