import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import { ServerText } from '@/components/ServerText';
import { instanceLogContentQuery, instanceLogFilesQuery } from '../api/pluginInstanceApi';
import { type LogLinesValues, logLinesSchema } from '../api/pluginRules';
import type { InstanceTabProps } from './PluginInstanceTab';

const DEFAULT_LINES = 100;

function LogContent({
  id,
  slug,
  lines,
  path,
}: {
  id: number;
  slug: number;
  lines: number;
  path: string;
}) {
  const { connection, client } = useConnectionClient();
  const content = useQuery(instanceLogContentQuery(connection.id, client, id, slug, lines));
  return (
    <QueryBoundary query={content} what="the log">
      {(data) => (
        <ServerText text={data.join('\n') || '(empty)'} label={`Last ${lines} lines of ${path}`} />
      )}
    </QueryBoundary>
  );
}

export function PluginInstanceLogs({ instance }: InstanceTabProps) {
  const { connection, client } = useConnectionClient();
  const files = useQuery(instanceLogFilesQuery(connection.id, client, instance.id));
  const [slug, setSlug] = useState(0);
  const [lines, setLines] = useState(DEFAULT_LINES);
  const form = useForm<LogLinesValues>({
    resolver: zodResolver(logLinesSchema),
    defaultValues: { lines: String(DEFAULT_LINES) },
  });
  return (
    <QueryBoundary query={files} what="the log files">
      {(data) => {
        const file = data[slug] ?? data[0];
        if (!file)
          return <EmptyState title="No log files">The plugin manager names none.</EmptyState>;
        return (
          <Stack>
            <form
              onSubmit={form.handleSubmit((values) => setLines(Number(values.lines)))}
              noValidate
            >
              <Group align="flex-start">
                <Select
                  label="Log file"
                  allowDeselect={false}
                  data={data.map((entry, index) => ({
                    value: String(index),
                    label: entry.description ? `${entry.description} (${entry.path})` : entry.path,
                  }))}
                  value={String(data.indexOf(file))}
                  onChange={(value) => setSlug(Number(value ?? 0))}
                  miw={280}
                />
                <TextInput
                  label="Lines"
                  w={120}
                  {...form.register('lines')}
                  error={form.formState.errors.lines?.message}
                />
                <Button type="submit" variant="default" mt={25}>
                  Show lines
                </Button>
              </Group>
            </form>
            <LogContent id={instance.id} slug={data.indexOf(file)} lines={lines} path={file.path} />
          </Stack>
        );
      }}
    </QueryBoundary>
  );
}
