import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  type CatalogEntry,
  type Plugin,
  deletePlugin,
  installPlugin,
  pluginCatalogQuery,
  pluginsQuery,
} from '../api/plugins';
import { ErrorLine, MutationError } from './MutationError';
import { PluginDetailsDialog } from './PluginDetailsDialog';

export function PluginCatalog() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const catalog = useQuery(pluginCatalogQuery(connection.id, client));
  const install = useMutation({
    mutationFn: (entry: CatalogEntry) => installPlugin(client, entry),
    onSuccess: (plugin) => {
      notifications.show({ color: 'teal', title: 'Plugin installed', message: plugin.name });
      void queryClient.invalidateQueries({
        queryKey: pluginsQuery(connection.id, client).queryKey,
      });
      void queryClient.invalidateQueries({
        queryKey: pluginCatalogQuery(connection.id, client).queryKey,
      });
    },
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Catalog
        </Title>
        <MutationError error={install.error} title="The plugin was not installed" />
        <QueryBoundary query={catalog} what="the plugin catalog">
          {(entries) => (
            <Table striped aria-label="Plugin catalog">
              <Table.Tbody>
                {entries.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>
                      <Text fw={600}>{entry.name}</Text>
                      <Text size="sm" c="dimmed">
                        {entry.description}
                      </Text>
                    </Table.Td>
                    <Table.Td>{entry.version}</Table.Td>
                    <Table.Td>
                      {entry.installed ? (
                        <Badge variant="light" color="teal">
                          Installed
                        </Badge>
                      ) : (
                        <Button
                          size="xs"
                          aria-label={`Install ${entry.name}`}
                          loading={install.isPending && install.variables.id === entry.id}
                          onClick={() => install.mutate(entry)}
                        >
                          Install
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </QueryBoundary>
      </Stack>
    </Paper>
  );
}

export function InstalledPlugins({ plugins }: { plugins: Plugin[] }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<Plugin | null>(null);
  const [opened, setOpened] = useState<Plugin | null>(null);
  const remove = useMutation({
    mutationFn: (plugin: Plugin) => deletePlugin(client, plugin.id),
    onSuccess: (plugin) => {
      setDeleting(null);
      notifications.show({ color: 'teal', title: 'Plugin deleted', message: plugin.name });
      void queryClient.invalidateQueries({
        queryKey: pluginsQuery(connection.id, client).queryKey,
      });
      void queryClient.invalidateQueries({
        queryKey: pluginCatalogQuery(connection.id, client).queryKey,
      });
    },
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Installed plugins
        </Title>
        {plugins.length === 0 ? (
          <EmptyState title="No plugins installed">Install one from the catalog.</EmptyState>
        ) : (
          <Table striped aria-label="Installed plugins">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Version</Table.Th>
                <Table.Th>Instances</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plugins.map((plugin) => (
                <Table.Tr key={plugin.id}>
                  <Table.Td>{plugin.name}</Table.Td>
                  <Table.Td>{plugin.version ?? '—'}</Table.Td>
                  <Table.Td>{plugin.instance_count ?? 0}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`Details of plugin ${plugin.name}`}
                        onClick={() => setOpened(plugin)}
                      >
                        Details
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        color="red"
                        aria-label={`Delete plugin ${plugin.name}`}
                        onClick={() => setDeleting(plugin)}
                      >
                        Delete
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {opened ? <PluginDetailsDialog plugin={opened} onClose={() => setOpened(null)} /> : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete plugin ${deleting?.name ?? ''}?`}
        confirmLabel="Delete plugin"
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => {
          setDeleting(null);
          remove.reset();
        }}
      >
        The plugin image {deleting?.name} is removed from {connection.name}.
        {remove.error ? <ErrorLine error={remove.error} /> : null}
      </ConfirmDialog>
    </Paper>
  );
}
