import { SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { endpointsQuery } from '@/api/jidoteki/endpoints';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { downloadDebugBundle } from '../api/downloadDebugBundle';
import { downloadLogs } from '../api/downloadLogs';
import { SupportDownloadCard } from '../components/SupportDownloadCard';

export function SupportPage() {
  const { connection, client } = useConnectionClient();
  const endpoints = useQuery(endpointsQuery(connection.id, client));
  // Until the list arrives, offer both: a missing endpoint still answers 404, shown on the card.
  const listed = (name: string) => !endpoints.data || endpoints.data.includes(name);

  return (
    <Stack>
      <PageHeader
        title="Support"
        description={`Files that help troubleshoot ${connection.name}.`}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <SupportDownloadCard
          title="Logs"
          fileName="logs.tar.gz"
          enabled={listed('logs')}
          fetcher={downloadLogs}
        >
          A compressed archive of the appliance&apos;s log files. Logs generally hold no sensitive
          information, so the archive is not encrypted: you can open it yourself.
        </SupportDownloadCard>
        <SupportDownloadCard
          title="Debug bundle"
          fileName="debug-bundle.tar"
          enabled={listed('debug')}
          fetcher={downloadDebugBundle}
        >
          Detailed diagnostics for the appliance&apos;s developers. It can contain sensitive
          information, so the appliance encrypts it: send it to them as it is.
        </SupportDownloadCard>
      </SimpleGrid>
    </Stack>
  );
}
