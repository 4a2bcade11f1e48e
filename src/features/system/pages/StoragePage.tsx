import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { endpointsQuery } from '@/api/jidoteki/endpoints';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { type StorageInfo, offeredStorageTypes, storageQuery } from '../api/storage';
import { storageReflects } from '../api/storageSettings';
import { StorageForm } from '../components/StorageForm';
import { StorageSummary } from '../components/StorageSummary';
import { useApplyTracker } from '../components/useApplyTracker';

export function StoragePage() {
  const { connection, client } = useConnectionClient();
  const tracker = useApplyTracker(storageQuery(connection.id, client), storageReflects);
  const endpoints = useQuery(endpointsQuery(connection.id, client));
  const { query } = tracker;
  // A disabled endpoint also answers 404, so only GET /endpoints tells it from "not configured".
  const disabled = endpoints.data !== undefined && !endpoints.data.includes('storage');

  return (
    <Stack maw={960}>
      <PageHeader
        title="Storage"
        description={`Where ${connection.name} keeps its persistent data.`}
      />
      {query.data === undefined ? (
        <QueryBoundary query={query} what="the storage settings" skeletonHeight={240}>
          {() => null}
        </QueryBoundary>
      ) : query.data === null ? (
        disabled ? (
          <EmptyState title="Not enabled on this appliance">
            This appliance does not offer storage settings.
          </EmptyState>
        ) : (
          <EmptyState title="Storage is not configured on this appliance">
            It reports no storage settings or no storage options, so there is nothing to change
            here.
          </EmptyState>
        )
      ) : (
        <StorageContent
          info={query.data}
          tracker={{ ...tracker, pollError: query.isRefetchError ? query.error : null }}
        />
      )}
    </Stack>
  );
}

function StorageContent({
  info,
  tracker,
}: {
  info: StorageInfo;
  tracker: React.ComponentProps<typeof StorageForm>['tracker'];
}) {
  const offered = offeredStorageTypes(info.options);
  return (
    <>
      <StorageSummary info={info} />
      {offered.length === 0 ? (
        <EmptyState title="No storage types offered">
          The appliance lists no storage type this console can configure (
          {info.options.join(', ') || 'none'}).
        </EmptyState>
      ) : (
        // Keyed so a change of offered types starts the form afresh.
        <StorageForm key={offered.join()} info={info} offered={offered} tracker={tracker} />
      )}
    </>
  );
}
