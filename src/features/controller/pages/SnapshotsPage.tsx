import { Alert, Paper, Skeleton, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { PageHeader } from '@/components/PageHeader';
import { ServerText } from '@/components/ServerText';
import { keysetQuery } from '../api/keyset';
import { restoreSnapshot, snapshotsQuery } from '../api/snapshots';
import { CreateSnapshotForm } from '../components/CreateSnapshotForm';
import { FetchConfigCard } from '../components/FetchConfigCard';
import { PrerequisiteOrError } from '../components/LicenseGate';
import { RawFileUpload } from '../components/RawFileUpload';
import { useRebootFlow } from '../components/useRebootFlow';
import { SnapshotsTable } from '../components/SnapshotsTable';

function RestoreCard() {
  const { connection, client } = useConnectionClient();
  const reboot = useRebootFlow();
  const keyset = useQuery({ ...keysetQuery(connection.id, client), retry: false });
  const [asking, setAsking] = useState<{ file: File; go: () => void } | null>(null);
  const [log, setLog] = useState<string[] | null>(null);
  const hasKeyset = keyset.data?.keyset_present === true;
  return (
    <>
      <RawFileUpload
        title="Restore from a snapshot"
        fileLabel="Snapshot file"
        description="A snapshot downloaded from a controller. It replaces the running configuration."
        submitLabel="Restore and restart"
        failureTitle="The snapshot was not restored"
        send={restoreSnapshot}
        confirm={(file, go) => setAsking({ file, go })}
        onDone={(result) => {
          setLog(result.log_lines ?? []);
          notifications.show({
            color: 'teal',
            title: 'Snapshot imported',
            message: `${connection.name} is restarting with the restored configuration.`,
          });
          reboot.start();
        }}
      >
        <Alert
          color={hasKeyset ? 'yellow' : 'blue'}
          variant="light"
          title="Only on a fresh controller"
        >
          A snapshot can be restored only on a controller that has no keyset yet (a new controller).{' '}
          {hasKeyset ? `${connection.name} has a keyset, so it will refuse.` : ''} The controller
          restarts after the import.
        </Alert>
      </RawFileUpload>
      {log ? (
        <ServerText text={log.join('\n')} label="Snapshot import log" maxHeight={200} />
      ) : null}
      <ConfirmDialog
        opened={asking !== null}
        title={`Restore ${asking?.file.name ?? ''} on ${connection.name}?`}
        confirmLabel="Restore and restart"
        onConfirm={() => {
          asking?.go();
          setAsking(null);
        }}
        onCancel={() => setAsking(null)}
      >
        The configuration of {connection.name} is replaced by {asking?.file.name}, then the
        controller restarts.
      </ConfirmDialog>
      <FetchConfigCard onRestart={reboot.start} />
      {reboot.modal}
    </>
  );
}

export function SnapshotsPage() {
  const { connection, client } = useConnectionClient();
  const snapshots = useQuery(snapshotsQuery(connection.id, client));
  return (
    <Stack maw={900}>
      <PageHeader
        title="Snapshots"
        description={`Backups of the configuration of ${connection.name}.`}
      />
      <Paper withBorder p="md" radius="md">
        <Stack>
          <Title order={2} size="h4">
            Saved snapshots
          </Title>
          {snapshots.isPending ? <Skeleton height={120} aria-label="Loading snapshots" /> : null}
          {snapshots.isError ? (
            <PrerequisiteOrError
              error={snapshots.error}
              what="the snapshots"
              onRetry={() => void snapshots.refetch()}
            />
          ) : null}
          {snapshots.data ? (
            <>
              <CreateSnapshotForm />
              <SnapshotsTable rows={snapshots.data} />
            </>
          ) : null}
        </Stack>
      </Paper>
      <RestoreCard />
    </Stack>
  );
}
