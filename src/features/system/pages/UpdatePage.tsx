import { SimpleGrid, Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '@/api/errors';
import type { JobStatus } from '@/api/jidoteki/jobs';
import { jidotekiKeys } from '@/api/jidoteki/keys';
import { versionQuery } from '@/api/jidoteki/version';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { systemKeys } from '../api/keys';
import {
  ALREADY_RUNNING,
  type SentUpdate,
  isAlreadyRunning,
  nextUpdatePoll,
  updateStatusQuery,
} from '../api/updateStatus';
import { UpdateStatusCard } from '../components/UpdateStatusCard';
import { UpdateUploadCard } from '../components/UpdateUploadCard';

const NOT_ENABLED = 'Not enabled on this appliance';

type Sent = SentUpdate & { fileName: string; refused: boolean };

export function UpdatePage() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [sent, setSent] = useState<Sent | null>(null);
  const alreadyRunningSince = useRef<number | null>(null);
  const status = useQuery({
    ...updateStatusQuery(connection.id, client),
    refetchInterval: (query) => {
      const data = query.state.data;
      if (!isAlreadyRunning(data)) alreadyRunningSince.current = null;
      else alreadyRunningSince.current ??= Date.now();
      return nextUpdatePoll(data, {
        now: Date.now(),
        sent,
        alreadyRunningSince: alreadyRunningSince.current,
      });
    },
  });
  const data = status.data;
  const version = useQuery({
    ...versionQuery(connection.id, client),
    enabled: data?.status === 'success',
  });

  // The answer to a package just sent says E1004: keep that, whatever the running update does next.
  if (
    sent &&
    !sent.refused &&
    status.dataUpdatedAt >= sent.sentAt &&
    data?.['error-code'] === ALREADY_RUNNING
  ) {
    setSent({ ...sent, refused: true });
  }

  const previous = useRef<JobStatus | undefined>(undefined);
  useEffect(() => {
    const before = previous.current;
    previous.current = data;
    if (!data || !before || data.status !== 'success') return;
    if (before.status !== 'success' || before.log !== data.log) {
      void queryClient.invalidateQueries({ queryKey: jidotekiKeys.version(connection.id) });
      void queryClient.invalidateQueries({ queryKey: systemKeys.changelog(connection.id) });
      void queryClient.invalidateQueries({ queryKey: systemKeys.build(connection.id) });
    }
  }, [data, queryClient, connection.id]);

  function follow(fileName: string) {
    setSent({ sentAt: Date.now(), logBefore: data?.log, fileName, refused: false });
    void status.refetch();
  }

  const notEnabled = status.error instanceof ApiError && status.error.status === 404;

  return (
    <Stack>
      <PageHeader
        title="Updates"
        description={`Install encrypted software update packages on ${connection.name}.`}
      />
      {data && !notEnabled ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <UpdateUploadCard
            client={client}
            updateRunning={data.status === 'running' || isAlreadyRunning(data)}
            onSent={(file) => follow(file.name)}
            onUncertain={() => follow('')}
          />
          <UpdateStatusCard
            status={data}
            refreshError={status.error}
            refusedPackage={sent?.refused ? sent.fileName || 'the package' : null}
            installedVersion={
              version.dataUpdatedAt > status.dataUpdatedAt ? version.data?.version : undefined
            }
          />
        </SimpleGrid>
      ) : (
        <QueryBoundary query={status} what="the update status" notFoundTitle={NOT_ENABLED}>
          {() => null}
        </QueryBoundary>
      )}
    </Stack>
  );
}
