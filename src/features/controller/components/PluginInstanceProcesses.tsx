import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Group, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import { instanceProcessesQuery, runProcessAction } from '../api/pluginInstanceApi';
import { PROCESS_ACTIONS, type ProcessActionValues, processActionSchema } from '../api/pluginRules';
import type { InstanceTabProps } from './PluginInstanceTab';
import { RunFooter, TimeoutField } from './RunFormParts';
import { SelectField } from './SelectField';
import { setVns3FieldError } from '@/components/vns3/setVns3FieldError';

function ActionForm({ id, processes }: { id: number; processes: string[] }) {
  const { client } = useConnectionClient();
  const form = useForm<ProcessActionValues>({
    resolver: zodResolver(processActionSchema),
    defaultValues: { process: processes[0] ?? '', action: '', timeout: '' },
  });
  const mutation = useMutation({
    onError: (error) =>
      setVns3FieldError(form, error, {
        process: 'process',
        action: 'action',
        timeout: 'timeout',
      } as const),
    mutationFn: (values: ProcessActionValues) =>
      runProcessAction(client, id, {
        process: values.process,
        action: values.action,
        ...(values.timeout ? { timeout: Number(values.timeout) } : {}),
      }),
    onSuccess: (_, values) =>
      notifications.show({ color: 'teal', title: `Ran ${values.action}`, message: values.process }),
  });
  return (
    <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <Group grow align="flex-start">
          <SelectField control={form.control} name="process" label="Process" data={processes} />
          <SelectField control={form.control} name="action" label="Action" data={PROCESS_ACTIONS} />
          <TimeoutField
            register={form.register('timeout')}
            error={form.formState.errors.timeout?.message}
          />
        </Group>
        <RunFooter
          error={mutation.error}
          errorTitle="The action did not run"
          pending={mutation.isPending}
          submitLabel="Run action"
          result={mutation.data}
          outputLabel="Output of the process action"
        />
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
