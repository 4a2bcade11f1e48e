import { Stack } from '@mantine/core';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { ControllerSettingsForm } from '../components/ControllerSettingsForm';
import { RemoteSupportCard } from '../components/RemoteSupportCard';
import { RuntimeStatusCard } from '../components/RuntimeStatusCard';
import { CloudDataCard, RebootCard } from '../components/ServerCard';

export function SupportPage() {
  const { connection } = useConnectionClient();
  return (
    <Stack maw={820}>
      <PageHeader
        title="Remote support and server"
        description={`Support access, restart and instance details of ${connection.name}.`}
      />
      <RuntimeStatusCard />
      <RemoteSupportCard />
      <RebootCard />
      <ControllerSettingsForm />
      <CloudDataCard />
    </Stack>
  );
}
