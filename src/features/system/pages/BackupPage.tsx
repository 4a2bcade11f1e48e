import { SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { endpointsQuery } from '@/api/jidoteki/endpoints';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { backupStatusQuery } from '../api/backupStatus';
import { BackupLogPanel } from '../components/BackupLogPanel';
import { BackupStatusPanel } from '../components/BackupStatusPanel';
import { RestoreBackupForm } from '../components/RestoreBackupForm';

export function BackupPage() {
  const { connection, client } = useConnectionClient();
  const status = useQuery(backupStatusQuery(connection.id, client));
  const endpoints = useQuery(endpointsQuery(connection.id, client));
  // A disabled endpoint also answers 404, so only GET /endpoints tells it from "no backup yet".
  const disabled = endpoints.data !== undefined && !endpoints.data.includes('backup');

  return (
    <Stack>
      <PageHeader
        title="Backup and restore"
        description={`Back up the data of ${connection.name}, or restore it from an archive.`}
      />
      {disabled && status.data === null ? (
        <EmptyState title="Not enabled on this appliance">
          This appliance does not offer backup and restore.
        </EmptyState>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <BackupStatusPanel status={status} />
            <RestoreBackupForm />
          </SimpleGrid>
          <BackupLogPanel status={status.data?.status ?? null} />
        </>
      )}
    </Stack>
  );
}
