import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type UseQueryResult, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { QueryBoundary } from '@/components/QueryBoundary';
import { type BackupAction, postBackupAction } from '../api/backupAction';
import { type BackupStatus, backupStatusQuery } from '../api/backupStatus';
import { systemKeys } from '../api/keys';
import { BackupDownload } from './BackupDownload';

const STARTED: BackupStatus = { status: 'running' };

const BADGES = {
  none: { color: 'gray', label: 'No backup yet' },
  running: { color: 'blue', label: 'Running' },
  success: { color: 'teal', label: 'Success' },
  failed: { color: 'red', label: 'Failed' },
} as const;

function BackupArchive({ backup }: { backup: BackupStatus }) {
  return (
    <Table aria-label="Backup archive" variant="vertical" layout="fixed" withTableBorder>
      <Table.Tbody>
        <Table.Tr>
          <Table.Th w={120} scope="row">
            File
          </Table.Th>
          <Table.Td>backup.tar</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">Size</Table.Th>
          <Table.Td>{backup.filesize ?? 'Not reported'}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">SHA-256</Table.Th>
          <Table.Td>
            {backup.sha256 ? (
              <Code style={{ overflowWrap: 'anywhere' }}>{backup.sha256}</Code>
            ) : (
              'Not reported'
            )}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

export function BackupStatusPanel({ status }: { status: UseQueryResult<BackupStatus | null> }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const statusKey = backupStatusQuery(connection.id, client).queryKey;
  const action = useMutation({
    mutationFn: ({ name }: { name: BackupAction; done: string }) => postBackupAction(client, name),
    onSuccess: (_data, { name, done }) => {
      setConfirmDelete(false);
      // The appliance answers 202 before its job writes the status; poll from "running" on.
      if (name === 'START') queryClient.setQueryData(statusKey, STARTED);
      void queryClient.invalidateQueries({ queryKey: statusKey });
      void queryClient.invalidateQueries({ queryKey: systemKeys.backupLog(connection.id) });
      notifications.show({ color: 'teal', title: done, message: connection.name });
    },
  });
  const stopped = action.isSuccess && action.variables.done === 'Backup stopped';

  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Backup
        </Title>
        <QueryBoundary query={status} what="the backup status" skeletonHeight={80}>
          {(backup) => {
            const badge = BADGES[backup?.status ?? 'none'];
            const running = backup?.status === 'running';
            return (
              <Stack>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    Status
                  </Text>
                  <Badge color={badge.color} variant="light" tt="none" data-testid="backup-status">
                    {badge.label}
                  </Badge>
                  {running ? <Loader size="xs" aria-label="Backup running" /> : null}
                </Group>
                {backup === null ? (
                  <Text size="sm" c="dimmed">
                    The appliance keeps one backup archive in memory. Start a backup to create it.
                  </Text>
                ) : null}
                {backup?.status === 'success' ? (
                  <>
                    <BackupArchive backup={backup} />
                    <BackupDownload client={client} />
                  </>
                ) : null}
                {backup?.status === 'failed' ? (
                  <Alert
                    color="red"
                    title={stopped ? 'The backup was stopped' : 'The backup failed'}
                  >
                    The backup log below says what happened. No archive is available.
                  </Alert>
                ) : null}
                {action.isError ? (
                  <Alert color="red" title="The appliance did not accept the request">
                    {describeError(action.error)}
                  </Alert>
                ) : null}
                <Group>
                  {running ? (
                    <Button
                      color="red"
                      variant="light"
                      onClick={() => action.mutate({ name: 'STOP', done: 'Backup stopped' })}
                      loading={action.isPending}
                    >
                      Stop backup
                    </Button>
                  ) : (
                    <Button
                      onClick={() => action.mutate({ name: 'START', done: 'Backup started' })}
                      loading={action.isPending}
                    >
                      {backup?.status === 'success' ? 'Start a new backup' : 'Start backup'}
                    </Button>
                  )}
                  {backup?.status === 'success' ? (
                    <Button color="red" variant="light" onClick={() => setConfirmDelete(true)}>
                      Delete backup
                    </Button>
                  ) : null}
                </Group>
              </Stack>
            );
          }}
        </QueryBoundary>
      </Stack>
      <ConfirmDialog
        opened={confirmDelete}
        title="Delete backup.tar?"
        confirmLabel="Delete backup"
        onConfirm={() => action.mutate({ name: 'STOP', done: 'Backup deleted' })}
        onCancel={() => setConfirmDelete(false)}
        loading={action.isPending}
      >
        The backup archive backup.tar is removed from {connection.name}. Download it first if you
        want to keep it.
      </ConfirmDialog>
    </Paper>
  );
}
