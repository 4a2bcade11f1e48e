import { zodResolver } from '@hookform/resolvers/zod';
import { Group, Paper, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { executeCommand } from '../api/pluginInstanceApi';
import { type CommandValues, commandSchema } from '../api/pluginRules';
import type { InstanceTabProps } from './PluginInstanceTab';
import { RunFooter, TimeoutField } from './RunFormParts';
import { SelectField } from './SelectField';
import { setVns3FieldError } from '@/components/vns3/setVns3FieldError';

/** A command value names its executable too: the path is required when there are several. */
const commandValue = (path: string, command: string) => JSON.stringify([path, command]);

export function PluginInstanceCommands({ instance }: InstanceTabProps) {
  const { client } = useConnectionClient();
  const executables = instance.manager?.executables ?? [];
  const options = executables.map((executable) => ({
    group: executable.name ?? executable.path,
    items: Object.entries(executable.commands ?? {}).map(([command, description]) => ({
      value: commandValue(executable.path, command),
      label: `${command} — ${description}`,
    })),
  }));
  const form = useForm<CommandValues>({
    resolver: zodResolver(commandSchema),
    defaultValues: { command: '', timeout: '' },
  });
  const mutation = useMutation({
    onError: (error) =>
      setVns3FieldError(form, error, { command: 'command', timeout: 'timeout' } as const),
    mutationFn: (values: CommandValues) => {
      const [path, command] = JSON.parse(values.command) as [string, string];
      return executeCommand(client, instance.id, {
        command,
        ...(executables.length > 1 ? { executable_path: path } : {}),
        ...(values.timeout ? { timeout: Number(values.timeout) } : {}),
      });
    },
  });
  if (options.every((group) => group.items.length === 0)) {
    return (
      <EmptyState title="No commands">
        The plugin manager defines no executable commands.
      </EmptyState>
    );
  }
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack>
          <Title order={2} size="h4">
            Run a command
          </Title>
          <Group grow align="flex-start">
            <SelectField control={form.control} name="command" label="Command" data={options} />
            <TimeoutField
              register={form.register('timeout')}
              error={form.formState.errors.timeout?.message}
            />
          </Group>
          <RunFooter
            error={mutation.error}
            errorTitle="The command did not run"
            pending={mutation.isPending}
            submitLabel="Run command"
            result={mutation.data}
            outputLabel="Output of the command"
          />
        </Stack>
      </form>
    </Paper>
  );
}
