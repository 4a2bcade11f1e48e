import { Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '@/api/errors';
import { saveBlob } from '@/api/download';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { formatBytes } from '@/lib/format';
import {
  type SnapshotRow,
  deleteSnapshot,
  downloadSnapshot,
  snapshotsQuery,
} from '../api/snapshots';

export function SnapshotsTable({ rows }: { rows: SnapshotRow[] }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (name: string) => deleteSnapshot(client, name),
    onSuccess: (_, name) => {
      setDeleting(null);
      notifications.show({ color: 'teal', title: 'Snapshot deleted', message: name });
      void queryClient.invalidateQueries({
        queryKey: snapshotsQuery(connection.id, client).queryKey,
      });
    },
  });
  const fetchFile = useMutation({
    mutationFn: (name: string) => downloadSnapshot(client, name),
    onSuccess: ({ blob, fileName }) => saveBlob(blob, fileName),
    onError: (error, name) =>
      notifications.show({
        color: 'red',
        title: `${name} was not downloaded`,
        message: describeError(error),
      }),
  });

  if (rows.length === 0) {
    return <EmptyState title="No snapshots">Take one to back up the configuration.</EmptyState>;
  }
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label="Snapshots">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>Size</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.name}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.name}</Table.Td>
                <Table.Td>{row.created_at ?? '—'}</Table.Td>
                <Table.Td>{row.size === undefined ? '—' : formatBytes(row.size)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`Download ${row.name}`}
                      loading={fetchFile.isPending && fetchFile.variables === row.name}
                      onClick={() => fetchFile.mutate(row.name)}
                    >
                      Download
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      color="red"
                      aria-label={`Delete ${row.name}`}
                      onClick={() => setDeleting(row.name)}
                    >
                      Delete
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete snapshot ${deleting ?? ''}?`}
        confirmLabel="Delete snapshot"
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => {
          setDeleting(null);
          remove.reset();
        }}
      >
        The snapshot {deleting} is removed from {connection.name}.
        {remove.error ? (
          <Text span display="block" mt="sm" c="var(--mantine-color-error)" role="alert">
            {describeError(remove.error)}
          </Text>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
