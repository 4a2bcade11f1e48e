import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { endpointsQuery } from '@/api/jidoteki/endpoints';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { settingsReflect } from '../api/networkSettings';
import { settingsQuery } from '../api/settings';
import { NetworkForm } from '../components/NetworkForm';
import { NetworkSummary } from '../components/NetworkSummary';
import { useApplyTracker } from '../components/useApplyTracker';

export function NetworkPage() {
  const { connection, client } = useConnectionClient();
  const tracker = useApplyTracker(settingsQuery(connection.id, client), settingsReflect);
  const endpoints = useQuery(endpointsQuery(connection.id, client));
  const { query } = tracker;
  // A disabled endpoint also answers 404, so only GET /endpoints tells it from "no settings yet".
  const disabled = endpoints.data !== undefined && !endpoints.data.includes('settings');

  return (
    <Stack maw={960}>
      <PageHeader
        title="Network"
        description={`Interface, addressing, DNS and time server of ${connection.name}.`}
      />
      {query.data === undefined ? (
        <QueryBoundary query={query} what="the network settings" skeletonHeight={240}>
          {() => null}
        </QueryBoundary>
      ) : disabled && query.data === null ? (
        <EmptyState title="Not enabled on this appliance">
          This appliance does not offer network settings.
        </EmptyState>
      ) : (
        // Kept on screen while polling fails: the appliance may be moving to a new address.
        <>
          <NetworkSummary settings={query.data} />
          <NetworkForm
            settings={query.data}
            tracker={{ ...tracker, pollError: query.isRefetchError ? query.error : null }}
          />
        </>
      )}
    </Stack>
  );
}
