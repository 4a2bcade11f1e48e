import { zodResolver } from '@hookform/resolvers/zod';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import { ServerText } from '@/components/ServerText';
import {
  type Plugin,
  type PluginInstance,
  createPluginInstance,
  deletePluginInstance,
  instanceLogQuery,
  pluginInstancesQuery,
  pluginsQuery,
} from '../api/plugins';
import { type PluginInstanceValues, pluginInstanceSchema } from '../api/rules';
import { ErrorLine, MutationError } from './MutationError';

function StartInstanceForm({ plugins }: { plugins: Plugin[] }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<PluginInstanceValues>({
    resolver: zodResolver(pluginInstanceSchema),
    defaultValues: { name: '', plugin_id: '', ip_address: '', description: '' },
  });
  const mutation = useMutation({
    mutationFn: (values: PluginInstanceValues) =>
      createPluginInstance(client, {
        name: values.name,
        plugin_id: Number(values.plugin_id),
        ...(values.ip_address ? { ip_address: values.ip_address } : {}),
        ...(values.description ? { description: values.description } : {}),
      }),
    onSuccess: (instance) => {
      form.reset();
      notifications.show({
        color: 'teal',
        title: 'Plugin instance started',
        message: instance.name,
      });
      void queryClient.invalidateQueries({
        queryKey: pluginInstancesQuery(connection.id, client).queryKey,
      });
      void queryClient.invalidateQueries({
        queryKey: pluginsQuery(connection.id, client).queryKey,
      });
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <Group grow align="flex-start">
          <TextInput
            label="Instance name"
            withAsterisk
            {...form.register('name')}
            error={errors.name?.message}
          />
          <Controller
            control={form.control}
            name="plugin_id"
            render={({ field, fieldState }) => (
              <Select
                label="Plugin"
                withAsterisk
                data={plugins.map((plugin) => ({ value: String(plugin.id), label: plugin.name }))}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                error={fieldState.error?.message}
              />
            )}
          />
          <TextInput
            label="Instance address"
            description="Optional IPv4"
            {...form.register('ip_address')}
            error={errors.ip_address?.message}
          />
        </Group>
        <MutationError error={mutation.error} title="The instance was not started" />
        <Button type="submit" loading={mutation.isPending} w="fit-content">
          Start instance
        </Button>
      </Stack>
    </form>
  );
}

function InstanceLog({ instance, onClose }: { instance: PluginInstance; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const log = useQuery(instanceLogQuery(connection.id, client, instance.id));
  return (
    <Modal opened onClose={onClose} title={`Log of ${instance.name}`} size="xl">
      <QueryBoundary query={log} what="the log">
        {(lines) => (
          <ServerText
            text={lines.join('\n') || '(empty)'}
            label={`Log lines of ${instance.name}`}
          />
        )}
      </QueryBoundary>
    </Modal>
  );
}

export function PluginInstances({ plugins }: { plugins: Plugin[] }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const instances = useQuery(pluginInstancesQuery(connection.id, client));
  const [logOf, setLogOf] = useState<PluginInstance | null>(null);
  const [deleting, setDeleting] = useState<PluginInstance | null>(null);
  const remove = useMutation({
    mutationFn: (instance: PluginInstance) => deletePluginInstance(client, instance.id),
    onSuccess: (instance) => {
      setDeleting(null);
      notifications.show({
        color: 'teal',
        title: 'Plugin instance deleted',
        message: instance.name,
      });
      void queryClient.invalidateQueries({
        queryKey: pluginInstancesQuery(connection.id, client).queryKey,
      });
      void queryClient.invalidateQueries({
        queryKey: pluginsQuery(connection.id, client).queryKey,
      });
    },
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Plugin instances
        </Title>
        <StartInstanceForm plugins={plugins} />
        <QueryBoundary query={instances} what="the plugin instances">
          {(data) =>
            data.length === 0 ? (
              <EmptyState title="No plugin instances">
                Start one from an installed plugin.
              </EmptyState>
            ) : (
              <Table striped aria-label="Plugin instances">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Plugin</Table.Th>
                    <Table.Th>Address</Table.Th>
                    <Table.Th>State</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.map((instance) => (
                    <Table.Tr key={instance.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`instances/${instance.id}`}>
                          {instance.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{instance.image_name ?? '—'}</Table.Td>
                      <Table.Td>{instance.ip_address ?? '—'}</Table.Td>
                      <Table.Td>
                        <Badge
                          variant="light"
                          color={instance.status === 'running' ? 'teal' : 'gray'}
                        >
                          {instance.status ?? 'unknown'}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={`Log of ${instance.name}`}
                            onClick={() => setLogOf(instance)}
                          >
                            Log
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            color="red"
                            aria-label={`Delete instance ${instance.name}`}
                            onClick={() => setDeleting(instance)}
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
      </Stack>
      {logOf ? <InstanceLog instance={logOf} onClose={() => setLogOf(null)} /> : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete plugin instance ${deleting?.name ?? ''}?`}
        confirmLabel="Delete instance"
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => setDeleting(null)}
      >
        {deleting?.name} is stopped if it runs, then removed with its configuration.
        {remove.error ? <ErrorLine error={remove.error} /> : null}
      </ConfirmDialog>
    </Paper>
  );
}
