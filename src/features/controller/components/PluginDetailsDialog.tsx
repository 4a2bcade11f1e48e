import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Modal, Stack, Tabs, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { ServerText } from '@/components/ServerText';
import {
  type PluginDetail,
  pluginManagerQuery,
  pluginQuery,
  updatePlugin,
} from '../api/pluginDetails';
import { type Plugin, pluginsQuery } from '../api/plugins';
import { type PluginEditValues, pluginEditSchema } from '../api/pluginRules';
import { Facts } from './Facts';
import { MutationError } from './MutationError';
import { PluginExportsPanel } from './PluginExportsPanel';
import { setVns3FieldError } from '@/components/vns3/setVns3FieldError';
import { PLUGIN_META_FIELDS } from '../api/pluginRules';

function EditPluginForm({ plugin }: { plugin: PluginDetail }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<PluginEditValues>({
    resolver: zodResolver(pluginEditSchema),
    defaultValues: {
      name: plugin.name,
      description: plugin.description ?? '',
      version: plugin.version ?? '',
    },
  });
  const mutation = useMutation({
    onError: (error) => setVns3FieldError(form, error, PLUGIN_META_FIELDS),
    mutationFn: (values: PluginEditValues) => updatePlugin(client, plugin.id, values),
    onSuccess: (updated) => {
      queryClient.setQueryData(pluginQuery(connection.id, client, plugin.id).queryKey, updated);
      void queryClient.invalidateQueries({
        queryKey: pluginsQuery(connection.id, client).queryKey,
        exact: true,
      });
      form.reset({
        name: updated.name,
        description: updated.description ?? '',
        version: updated.version ?? '',
      });
      notifications.show({ color: 'teal', title: 'Plugin updated', message: updated.name });
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <TextInput
          label="Plugin name"
          withAsterisk
          {...form.register('name')}
          error={errors.name?.message}
        />
        <TextInput label="Plugin description" {...form.register('description')} />
        <TextInput label="Plugin version" {...form.register('version')} />
        <MutationError error={mutation.error} title="The plugin was not updated" />
        <Button type="submit" loading={mutation.isPending} w="fit-content">
          Save plugin
        </Button>
      </Stack>
    </form>
  );
}

function ManagerConfig({ id }: { id: number }) {
  const { connection, client } = useConnectionClient();
  const manager = useQuery(pluginManagerQuery(connection.id, client, id));
  return (
    <QueryBoundary query={manager} what="the manager configuration">
      {(data) => (
        <ServerText text={JSON.stringify(data, null, 2)} label="Plugin manager configuration" />
      )}
    </QueryBoundary>
  );
}

/** One installed plugin: its details and edit form, manager configuration and export files. */
export function PluginDetailsDialog({ plugin, onClose }: { plugin: Plugin; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const detail = useQuery(pluginQuery(connection.id, client, plugin.id));
  return (
    <Modal opened onClose={onClose} title={`Plugin ${plugin.name}`} size="xl">
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="details">Details</Tabs.Tab>
          <Tabs.Tab value="manager">Manager</Tabs.Tab>
          <Tabs.Tab value="exports">Exports</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details">
          <QueryBoundary query={detail} what="the plugin">
            {(data) => (
              <Stack>
                <Facts
                  label="Plugin details"
                  rows={[
                    ['Status', data.status],
                    ['Image URL', data.url],
                    ['Catalog entry', data.catalog_id],
                    [
                      'Instances',
                      `${data.instance_count ?? 0} (${data.running_containers ?? 0} running)`,
                    ],
                    ['Created', data.created_at],
                  ]}
                />
                <EditPluginForm plugin={data} />
              </Stack>
            )}
          </QueryBoundary>
        </Tabs.Panel>
        <Tabs.Panel value="manager">
          <ManagerConfig id={plugin.id} />
        </Tabs.Panel>
        <Tabs.Panel value="exports">
          <PluginExportsPanel owner={{ kind: 'plugins', id: plugin.id }} ownerName={plugin.name} />
        </Tabs.Panel>
      </Tabs>
    </Modal>
  );
}
