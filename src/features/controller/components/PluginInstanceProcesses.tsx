import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import { instanceProcessesQuery, runProcessAction } from '../api/pluginInstanceApi';
import { PROCESS_ACTIONS, type ProcessActionValues, processActionSchema } from '../api/pluginRules';
import { MutationError } from './MutationError';
import { PluginCommandOutput } from './PluginCommandOutput';
import type { InstanceTabProps } from './PluginInstanceTab';

function ActionForm({ id, processes }: { id: number; processes: string[] }) {
  const { client } = useConnectionClient();
  const form = useForm<ProcessActionValues>({
    resolver: zodResolver(processActionSchema),
    defaultValues: { process: processes[0] ?? '', action: '', timeout: '' },
  });
  const mutation = useMutation({
    onError: (error) => {
      const field = fieldOfVns3Error(error, {
        process: 'process',
        action: 'action',
        timeout: 'timeout',
      } as const);
      if (field) form.setError(field.field, { message: field.message });
    },
    mutationFn: (values: ProcessActionValues) =>
      runProcessAction(client, id, {
        process: values.process,
        action: values.action,
        ...(values.timeout ? { timeout: Number(values.timeout) } : {}),
      }),
    onSuccess: (_, values) =>
      notifications.show({ color: 'teal', title: `Ran ${values.action}`, message: values.process }),
  });
  const select = (name: 'process' | 'action', label: string, data: readonly string[]) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          label={label}
          withAsterisk
          data={data}
          value={field.value || null}
          onChange={(value) => field.onChange(value ?? '')}
          error={fieldState.error?.message}
        />
      )}
    />
  );
  return (
    <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <Group grow align="flex-start">
          {select('process', 'Process', processes)}
          {select('action', 'Action', PROCESS_ACTIONS)}
          <TextInput
            label="Timeout (seconds)"
            description="Optional"
            {...form.register('timeout')}
            error={form.formState.errors.timeout?.message}
          />
        </Group>
        <MutationError error={mutation.error} title="The action did not run" />
        <Button type="submit" loading={mutation.isPending} w="fit-content">
          Run action
        </Button>
        {mutation.data ? (
          <PluginCommandOutput result={mutation.data} label="Output of the process action" />
        ) : null}
      </Stack>
    </form>
  );
}

export function PluginInstanceProcesses({ instance }: InstanceTabProps) {
  const { connection, client } = useConnectionClient();
  const processes = useQuery(instanceProcessesQuery(connection.id, client, instance.id));
  return (
    <QueryBoundary query={processes} what="the processes">
      {(data) => (
        <Paper withBorder p="md" radius="md">
          <Stack>
            <Title order={2} size="h4">
              Processes managed by {data.name ?? 'the process manager'}
            </Title>
            {data.subprocesses.length === 0 ? (
              <EmptyState title="No managed processes">The plugin manager names none.</EmptyState>
            ) : (
              <>
                <Group gap="xs" aria-label="Managed processes" role="list">
                  {data.subprocesses.map((name) => (
                    <Badge key={name} variant="light" role="listitem" tt="none">
                      {name}
                    </Badge>
                  ))}
                </Group>
                <ActionForm id={instance.id} processes={data.subprocesses} />
              </>
            )}
          </Stack>
        </Paper>
      )}
    </QueryBoundary>
  );
}
