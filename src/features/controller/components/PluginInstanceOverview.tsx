import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { commitInstance, instanceKey, saveManager } from '../api/pluginInstanceApi';
import { pluginsQuery } from '../api/plugins';
import {
  type InstanceCommitValues,
  type ManagerValues,
  instanceCommitSchema,
  managerSchema,
} from '../api/pluginRules';
import { Facts } from './Facts';
import { MutationError } from './MutationError';
import { MONOSPACE_INPUT, type InstanceTabProps } from './PluginInstanceTab';
import { setVns3FieldError } from '@/components/vns3/setVns3FieldError';
import { PLUGIN_META_FIELDS } from '../api/pluginRules';

function CommitForm({ instance }: InstanceTabProps) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<InstanceCommitValues>({
    resolver: zodResolver(instanceCommitSchema),
    defaultValues: { name: '', description: '', version: '' },
  });
  const mutation = useMutation({
    onError: (error) => setVns3FieldError(form, error, PLUGIN_META_FIELDS),
    mutationFn: (values: InstanceCommitValues) =>
      commitInstance(client, instance.id, {
        name: values.name,
        ...(values.description ? { description: values.description } : {}),
        ...(values.version ? { version: values.version } : {}),
      }),
    onSuccess: (plugin) => {
      form.reset();
      notifications.show({
        color: 'teal',
        title: 'Instance committed',
        message: `New plugin ${plugin.name}`,
      });
      void queryClient.invalidateQueries({
        queryKey: pluginsQuery(connection.id, client).queryKey,
        exact: true,
      });
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <Group grow align="flex-start">
          <TextInput
            label="New plugin name"
            withAsterisk
            {...form.register('name')}
            error={errors.name?.message}
          />
          <TextInput label="New plugin version" {...form.register('version')} />
        </Group>
        <TextInput label="New plugin description" {...form.register('description')} />
        <MutationError error={mutation.error} title="The instance was not committed" />
        <Button type="submit" loading={mutation.isPending} w="fit-content">
          Commit to plugin
        </Button>
      </Stack>
    </form>
  );
}

function ManagerForm({ instance }: InstanceTabProps) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<ManagerValues>({
    resolver: zodResolver(managerSchema),
    defaultValues: { json: JSON.stringify(instance.manager ?? {}, null, 2) },
  });
  const mutation = useMutation({
    mutationFn: ({ method, values }: { method: 'POST' | 'PUT'; values: ManagerValues }) =>
      saveManager(client, instance.id, method, JSON.parse(values.json) as Record<string, unknown>),
    onSuccess: (_, { method }) => {
      notifications.show({
        color: 'teal',
        title:
          method === 'POST' ? 'Manager configuration created' : 'Manager configuration updated',
        message: instance.name,
      });
      // The manager decides the log files, configurations, processes and commands of every tab.
      void queryClient.invalidateQueries({ queryKey: instanceKey(connection.id, instance.id) });
    },
  });
  const submit = (method: 'POST' | 'PUT') =>
    form.handleSubmit((values) => mutation.mutate({ method, values }));
  return (
    <form onSubmit={submit('PUT')} noValidate>
      <Stack>
        <Textarea
          label="Manager configuration (JSON)"
          description="log_files, configuration_files, ports, process_manager and executables"
          autosize
          minRows={6}
          maxRows={18}
          styles={MONOSPACE_INPUT}
          spellCheck={false}
          {...form.register('json')}
          error={form.formState.errors.json?.message}
        />
        <MutationError error={mutation.error} title="The manager configuration was not saved" />
        <Group>
          <Button type="submit" loading={mutation.isPending && mutation.variables.method === 'PUT'}>
            Update manager configuration
          </Button>
          <Button
            variant="default"
            loading={mutation.isPending && mutation.variables.method === 'POST'}
            onClick={() => void submit('POST')()}
          >
            Create manager configuration
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PluginInstanceOverview({ instance }: InstanceTabProps) {
  const environment = (instance.environment ?? []).map(
    (item) => `${item.key}=${String(item.value ?? '')}`,
  );
  return (
    <Stack>
      <Facts
        label="Plugin instance details"
        rows={[
          ['Plugin', instance.image_name],
          ['State', instance.status],
          ['Status message', instance.status_message],
          ['Address', instance.ip_address],
          ['Command', instance.command || null],
          ['Environment', environment.length > 0 ? environment.join(' ') : null],
          ['Description', instance.description || null],
          ['Created', instance.created_at],
        ]}
      />
      <Paper withBorder p="md" radius="md">
        <Stack>
          <Title order={2} size="h4">
            Commit to a new plugin
          </Title>
          <CommitForm instance={instance} />
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack>
          <Title order={2} size="h4">
            Plugin manager
          </Title>
          <ManagerForm instance={instance} />
        </Stack>
      </Paper>
    </Stack>
  );
}
