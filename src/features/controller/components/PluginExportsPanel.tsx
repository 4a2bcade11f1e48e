import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Table, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { saveBlob } from '@/api/download';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import { formatBytes } from '@/lib/format';
import {
  type ExportOwner,
  type PluginExport,
  allPluginExportsQuery,
  createPluginExport,
  deletePluginExport,
  downloadPluginExport,
  pluginExportsQuery,
} from '../api/pluginExports';
import { type ExportNameValues, exportNameSchema } from '../api/pluginRules';
import { ErrorLine, MutationError } from './MutationError';

export const exportTime = (mtime: number | null | undefined) =>
  mtime ? new Date(mtime * 1000).toLocaleString() : '—';

function useRefreshExports(owner: ExportOwner) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({
      queryKey: pluginExportsQuery(connection.id, client, owner).queryKey,
    });
    // `GET /plugin-exports` lists the export files of all plugins.
    if (owner.kind === 'plugins') {
      void queryClient.invalidateQueries({
        queryKey: allPluginExportsQuery(connection.id, client).queryKey,
      });
    }
  };
}

function CreateExportForm({ owner, ownerName }: { owner: ExportOwner; ownerName: string }) {
  const { client } = useConnectionClient();
  const refresh = useRefreshExports(owner);
  const form = useForm<ExportNameValues>({
    resolver: zodResolver(exportNameSchema),
    defaultValues: { name: '' },
  });
  const mutation = useMutation({
    onError: (error) => {
      const field = fieldOfVns3Error(error, { name: 'name' } as const);
      if (field) form.setError(field.field, { message: field.message });
    },
    mutationFn: (values: ExportNameValues) => createPluginExport(client, owner, values.name),
    onSuccess: (file) => {
      form.reset();
      notifications.show({ color: 'teal', title: 'Export created', message: file.name });
      refresh();
    },
  });
  return (
    <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack gap="xs">
        <Group align="flex-start">
          <TextInput
            label={`New export of ${ownerName}`}
            description="Letters, digits, dot, dash, underscore"
            {...form.register('name')}
            error={form.formState.errors.name?.message}
          />
          <Button type="submit" loading={mutation.isPending} mt={44}>
            Create export
          </Button>
        </Group>
        <MutationError error={mutation.error} title="The export was not created" />
      </Stack>
    </form>
  );
}

/** The export files of a plugin or plugin instance: create, download, delete. */
export function PluginExportsPanel({
  owner,
  ownerName,
}: {
  owner: ExportOwner;
  ownerName: string;
}) {
  const { connection, client } = useConnectionClient();
  const refresh = useRefreshExports(owner);
  const exports = useQuery(pluginExportsQuery(connection.id, client, owner));
  const [deleting, setDeleting] = useState<PluginExport | null>(null);
  const fetchFile = useMutation({
    mutationFn: (file: PluginExport) => downloadPluginExport(client, owner, file),
    onSuccess: ({ blob, fileName }) => saveBlob(blob, fileName),
  });
  const remove = useMutation({
    mutationFn: (file: PluginExport) => deletePluginExport(client, owner, file.name),
    onSuccess: (_, file) => {
      setDeleting(null);
      notifications.show({ color: 'teal', title: 'Export deleted', message: file.name });
      refresh();
    },
  });
  return (
    <Stack>
      <CreateExportForm owner={owner} ownerName={ownerName} />
      <MutationError error={fetchFile.error} title="The export was not downloaded" />
      <QueryBoundary query={exports} what="the exports">
        {(files) =>
          files.length === 0 ? (
            <EmptyState title="No exports">Create one above.</EmptyState>
          ) : (
            <Table striped aria-label={`Exports of ${ownerName}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>File</Table.Th>
                  <Table.Th>Size</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {files.map((file) => (
                  <Table.Tr key={file.name}>
                    <Table.Td>{file.basename ?? file.name}</Table.Td>
                    <Table.Td>{file.size == null ? '—' : formatBytes(file.size)}</Table.Td>
                    <Table.Td>{exportTime(file.mtime)}</Table.Td>
                    <Table.Td>{file.status ?? '—'}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={`Download ${file.name}`}
                          disabled={
                            file.status !== null &&
                            file.status !== undefined &&
                            file.status !== 'ready'
                          }
                          loading={fetchFile.isPending && fetchFile.variables.name === file.name}
                          onClick={() => fetchFile.mutate(file)}
                        >
                          Download
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          color="red"
                          aria-label={`Delete export ${file.name}`}
                          onClick={() => setDeleting(file)}
                        >
                          Delete
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryBoundary>
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete export ${deleting?.name ?? ''}?`}
        confirmLabel="Delete export"
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => {
          setDeleting(null);
          remove.reset();
        }}
      >
        The export file {deleting?.basename ?? deleting?.name} of {ownerName} is deleted.
        {remove.error ? <ErrorLine error={remove.error} /> : null}
      </ConfirmDialog>
    </Stack>
  );
}
