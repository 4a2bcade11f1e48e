import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { executeCommand } from '../api/pluginInstanceApi';
import { type CommandValues, commandSchema } from '../api/pluginRules';
import { MutationError } from './MutationError';
import { PluginCommandOutput } from './PluginCommandOutput';
import type { InstanceTabProps } from './PluginInstanceTab';

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
    onError: (error) => {
      const field = fieldOfVns3Error(error, { command: 'command', timeout: 'timeout' } as const);
      if (field) form.setError(field.field, { message: field.message });
    },
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
            <Controller
              control={form.control}
              name="command"
              render={({ field, fieldState }) => (
                <Select
                  label="Command"
                  withAsterisk
                  data={options}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  error={fieldState.error?.message}
                />
              )}
            />
            <TextInput
              label="Timeout (seconds)"
              description="Optional"
              {...form.register('timeout')}
              error={form.formState.errors.timeout?.message}
            />
          </Group>
          <MutationError error={mutation.error} title="The command did not run" />
          <Button type="submit" loading={mutation.isPending} w="fit-content">
            Run command
          </Button>
          {mutation.data ? (
            <PluginCommandOutput result={mutation.data} label="Output of the command" />
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}
