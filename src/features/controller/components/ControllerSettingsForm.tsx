import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { type Vns3Config, vns3ConfigKey, vns3ConfigQuery } from '@/api/vns3/config';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { updateControllerConfig } from '../api/admin';
import { type ControllerSettingsValues, controllerSettingsSchema } from '../api/rules';
import { MutationError } from './MutationError';

const FIELDS = {
  controller_name: 'controller_name',
  topology_name: 'topology_name',
  ntp_hosts: 'ntp_hosts',
} as const;

function SettingsForm({ config }: { config: Vns3Config }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<ControllerSettingsValues>({
    resolver: zodResolver(controllerSettingsSchema),
    defaultValues: {
      controller_name: config.controller_name ?? '',
      topology_name: config.topology_name ?? '',
      ntp_hosts: config.ntp_hosts ?? '',
    },
  });
  const mutation = useMutation({
    mutationFn: (values: ControllerSettingsValues) => updateControllerConfig(client, values),
    onSuccess: (_, values) => {
      form.reset(values);
      notifications.show({ color: 'teal', title: 'Settings saved', message: connection.name });
      // GET /config reads the names back.
      void queryClient.invalidateQueries({ queryKey: vns3ConfigKey(connection.id) });
    },
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, FIELDS);
      if (mapped) form.setError(mapped.field, { message: mapped.message });
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <TextInput
          label="Controller name"
          {...form.register('controller_name')}
          error={errors.controller_name?.message}
        />
        <TextInput
          label="Topology name"
          {...form.register('topology_name')}
          error={errors.topology_name?.message}
        />
        <TextInput
          label="NTP hosts"
          description="Host names or IPv4 addresses separated by spaces"
          {...form.register('ntp_hosts')}
          error={errors.ntp_hosts?.message}
        />
        {fieldOfVns3Error(mutation.error, FIELDS) ? null : (
          <MutationError error={mutation.error} title="The settings were not saved" />
        )}
        <Button type="submit" loading={mutation.isPending} w="fit-content">
          Save settings
        </Button>
      </Stack>
    </form>
  );
}

/** PUT /config, starting from what GET /config answers. */
export function ControllerSettingsForm() {
  const { connection, client } = useConnectionClient();
  const config = useQuery(vns3ConfigQuery(connection.id, client));
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Names and time servers
        </Title>
        <Text size="sm" c="dimmed">
          NTP hosts replace the whole list.
        </Text>
        <QueryBoundary query={config} what="the controller settings" skeletonHeight={160}>
          {(data) => <SettingsForm config={data} />}
        </QueryBoundary>
      </Stack>
    </Paper>
  );
}
