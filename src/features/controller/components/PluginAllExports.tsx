import { Paper, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import { formatBytes } from '@/lib/format';
import { allPluginExportsQuery } from '../api/pluginExports';
import { exportTime } from './PluginExportsPanel';

/** `GET /plugin-exports`: the export files of every plugin on the controller. */
export function PluginAllExports() {
  const { connection, client } = useConnectionClient();
  const exports = useQuery(allPluginExportsQuery(connection.id, client));
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Plugin export files
        </Title>
        <QueryBoundary query={exports} what="the plugin exports">
          {(files) =>
            files.length === 0 ? (
              <EmptyState title="No plugin exports">
                Create one from a plugin&apos;s details.
              </EmptyState>
            ) : (
              <Table striped aria-label="All plugin exports">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>File</Table.Th>
                    <Table.Th>Size</Table.Th>
                    <Table.Th>Created</Table.Th>
                    <Table.Th>Status</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {files.map((file) => (
                    <Table.Tr key={`${file.name}-${file.mtime ?? ''}`}>
                      <Table.Td>{file.basename ?? file.name}</Table.Td>
                      <Table.Td>{file.size == null ? '—' : formatBytes(file.size)}</Table.Td>
                      <Table.Td>{exportTime(file.mtime)}</Table.Td>
                      <Table.Td>{file.status ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryBoundary>
      </Stack>
    </Paper>
  );
}
