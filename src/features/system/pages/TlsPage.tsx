import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { describeError } from '@/api/errors';
import { endpointsQuery } from '@/api/jidoteki/endpoints';
import type { JobStatus } from '@/api/jidoteki/jobs';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { certsStatusQuery, certsUpdateEnded } from '../api/certs';
import { systemKeys } from '../api/keys';
import { type CertsPhase, CertsStatusPanel } from '../components/CertsStatusPanel';
import { CertsUploadForm } from '../components/CertsUploadForm';
import { useElapsedSeconds } from '../components/useApplyTracker';

const NOT_ENABLED = 'Not enabled on this appliance';

interface Tracking {
  before: JobStatus | undefined;
  startedAt: number;
}

export function TlsPage() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [tracking, setTracking] = useState<Tracking | null>(null);
  const ended = (data: JobStatus | undefined, updatedAt: number) =>
    tracking !== null && updatedAt >= tracking.startedAt && certsUpdateEnded(data, tracking.before);
  const status = useQuery({
    ...certsStatusQuery(connection.id, client),
    refetchInterval: (query) =>
      (tracking && !ended(query.state.data, query.state.dataUpdatedAt)) ||
      query.state.data?.status === 'running'
        ? 1000
        : false,
    refetchIntervalInBackground: true,
  });
  const endpoints = useQuery(endpointsQuery(connection.id, client));
  const disabled = endpoints.data !== undefined && !endpoints.data.includes('certs');

  const done = ended(status.data, status.dataUpdatedAt);
  const phase: CertsPhase = !tracking
    ? 'idle'
    : !done
      ? 'installing'
      : status.data?.status === 'success'
        ? 'success'
        : 'failed';
  const elapsed = useElapsedSeconds(phase === 'installing' ? (tracking?.startedAt ?? null) : null);

  useEffect(() => {
    if (phase === 'success') {
      notifications.show({
        color: 'teal',
        title: 'TLS certificates installed',
        message: `${connection.name} now serves the new certificate.`,
      });
    }
  }, [phase, connection.name]);

  function uploaded() {
    setTracking({ before: status.data, startedAt: Date.now() });
    void queryClient.invalidateQueries({ queryKey: systemKeys.certs(connection.id) });
  }

  return (
    <Stack maw={860}>
      <PageHeader
        title="TLS certificates"
        description={`Replace the certificate ${connection.name} serves over HTTPS.`}
      />
      {disabled ? (
        <EmptyState title={NOT_ENABLED}>This appliance does not offer TLS certificates.</EmptyState>
      ) : status.data === undefined ? (
        <QueryBoundary
          query={status}
          what="the certificate status"
          skeletonHeight={160}
          notFoundTitle={NOT_ENABLED}
        >
          {() => null}
        </QueryBoundary>
      ) : (
        <>
          <CertsUploadForm
            busy={phase === 'installing' || (!tracking && status.data.status === 'running')}
            onUploaded={uploaded}
          />
          <CertsStatusPanel
            status={status.data}
            phase={phase}
            elapsed={elapsed}
            pollError={status.isRefetchError ? describeError(status.error) : null}
          />
        </>
      )}
    </Stack>
  );
}
