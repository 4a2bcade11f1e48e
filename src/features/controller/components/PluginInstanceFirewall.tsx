import { zodResolver } from '@hookform/resolvers/zod';
import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import { addFirewallPreset, instanceFirewallQuery } from '../api/pluginInstanceApi';
import { type FirewallPresetValues, firewallPresetSchema } from '../api/pluginRules';
import { MutationError } from './MutationError';
import type { InstanceTabProps } from './PluginInstanceTab';

const PRESETS = [
  { value: 'ssh', label: 'SSH access' },
  { value: 'internet', label: 'Internet access' },
  { value: 'port_map', label: 'Port map' },
];

function PresetForm({ id }: { id: number }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<FirewallPresetValues>({
    resolver: zodResolver(firewallPresetSchema),
    defaultValues: { preset: '', host_port: '', container_port: '', protocol: 'tcp' },
  });
  const portMap = useWatch({ control: form.control, name: 'preset' }) === 'port_map';
  const mutation = useMutation({
    onError: (error) => {
      const field = fieldOfVns3Error(error, {
        preset: 'preset',
        host_port: 'host_port',
        container_port: 'container_port',
        protocol: 'protocol',
      } as const);
      if (field) form.setError(field.field, { message: field.message });
    },
    mutationFn: (values: FirewallPresetValues) =>
      addFirewallPreset(client, id, {
        preset: values.preset,
        ...(values.preset === 'port_map'
          ? {
              host_port: Number(values.host_port),
              container_port: Number(values.container_port),
              protocol: values.protocol,
            }
          : {}),
      }),
    onSuccess: (rules, values) => {
      queryClient.setQueryData(instanceFirewallQuery(connection.id, client, id).queryKey, rules);
      notifications.show({ color: 'teal', title: 'Firewall rule added', message: values.preset });
      form.reset();
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <Group grow align="flex-start">
          <Controller
            control={form.control}
            name="preset"
            render={({ field, fieldState }) => (
              <Select
                label="Preset"
                withAsterisk
                data={PRESETS}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                error={fieldState.error?.message}
              />
            )}
          />
          {portMap ? (
            <>
              <TextInput
                label="Controller port"
                withAsterisk
                {...form.register('host_port')}
                error={errors.host_port?.message}
              />
              <TextInput
                label="Plugin port"
                withAsterisk
                {...form.register('container_port')}
                error={errors.container_port?.message}
              />
              <Controller
                control={form.control}
                name="protocol"
                render={({ field, fieldState }) => (
                  <Select
                    label="Protocol"
                    withAsterisk
                    data={[
                      { value: 'tcp', label: 'TCP' },
                      { value: 'udp', label: 'UDP' },
                    ]}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    error={fieldState.error?.message}
                  />
                )}
              />
            </>
          ) : null}
        </Group>
        <MutationError error={mutation.error} title="The firewall rule was not added" />
        <Button type="submit" loading={mutation.isPending} w="fit-content">
          Add rule
        </Button>
      </Stack>
    </form>
  );
}

export function PluginInstanceFirewall({ instance }: InstanceTabProps) {
  const { connection, client } = useConnectionClient();
  const rules = useQuery(instanceFirewallQuery(connection.id, client, instance.id));
  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <Stack>
          <Title order={2} size="h4">
            Firewall rules of {instance.name}
          </Title>
          <QueryBoundary query={rules} what="the firewall rules">
            {(data) =>
              data.length === 0 ? (
                <EmptyState title="No firewall rules">Add a preset below.</EmptyState>
              ) : (
                <Table.ScrollContainer minWidth={640}>
                  <Table striped aria-label="Plugin firewall rules">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Rule</Table.Th>
                        <Table.Th>Tags</Table.Th>
                        <Table.Th>Controller port</Table.Th>
                        <Table.Th>Plugin port</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.map((rule) => (
                        <Table.Tr key={rule.rule}>
                          <Table.Td>
                            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                              {rule.rule}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Group gap={4}>
                              {(rule.tags ?? []).map((tag) => (
                                <Badge key={tag} variant="light" tt="none">
                                  {tag}
                                </Badge>
                              ))}
                            </Group>
                          </Table.Td>
                          <Table.Td>{rule.destination_port || '—'}</Table.Td>
                          <Table.Td>{rule.plugin_port || '—'}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )
            }
          </QueryBoundary>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack>
          <Title order={2} size="h4">
            Add a preset rule
          </Title>
          <PresetForm id={instance.id} />
        </Stack>
      </Paper>
    </Stack>
  );
}
