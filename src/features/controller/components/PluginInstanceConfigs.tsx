import { Button, Group, Paper, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type Query, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import { ServerText } from '@/components/ServerText';
import {
  type InstanceConfigFile,
  clearConfigHistory,
  configsKey,
  deleteConfigVersion,
  instanceConfigContentQuery,
  instanceConfigsQuery,
  revertConfig,
  saveConfigContent,
} from '../api/pluginInstanceApi';
import { ErrorLine, MutationError } from './MutationError';
import { MONOSPACE_INPUT, type InstanceTabProps } from './PluginInstanceTab';

interface FileRef {
  id: number;
  slug: number;
  file: InstanceConfigFile;
}

/**
 * Saving or reverting changes the list and the current content. Deleting old versions changes
 * only the list; their cached contents are dropped, never refetched (that would earn a 400).
 */
function useRefreshConfigs(id: number) {
  const { connection } = useConnectionClient();
  const queryClient = useQueryClient();
  return (droppedVersionsOf?: number) => {
    if (droppedVersionsOf === undefined) {
      return queryClient.invalidateQueries({ queryKey: configsKey(connection.id, id) });
    }
    const prefix = [...configsKey(connection.id, id), droppedVersionsOf, 'content'];
    queryClient.removeQueries({
      predicate: (query: Query) =>
        prefix.every((part, i) => query.queryKey[i] === part) &&
        query.queryKey.at(-1) !== 'current',
    });
    return queryClient.invalidateQueries({ queryKey: configsKey(connection.id, id), exact: true });
  };
}

function CurrentEditor({ id, slug, file, content }: FileRef & { content: string }) {
  const { client } = useConnectionClient();
  const refresh = useRefreshConfigs(id);
  const form = useForm<{ content: string }>({ values: { content } });
  const mutation = useMutation({
    mutationFn: (values: { content: string }) =>
      saveConfigContent(client, id, slug, values.content),
    onSuccess: () => {
      notifications.show({
        color: 'teal',
        title: 'Configuration saved',
        message: file.path ?? file.name,
      });
      void refresh();
    },
  });
  return (
    <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <Textarea
          label={`Content of ${file.path ?? file.name}`}
          autosize
          minRows={8}
          maxRows={24}
          styles={MONOSPACE_INPUT}
          spellCheck={false}
          {...form.register('content')}
        />
        <MutationError error={mutation.error} title="The configuration was not saved" />
        <Button
          type="submit"
          loading={mutation.isPending}
          disabled={!form.formState.isDirty}
          w="fit-content"
        >
          Save configuration
        </Button>
      </Stack>
    </form>
  );
}

function PreviousVersion({
  id,
  slug,
  file,
  version,
  onDone,
}: FileRef & { version: number; onDone: () => void }) {
  const { client } = useConnectionClient();
  const refresh = useRefreshConfigs(id);
  const [confirming, setConfirming] = useState(false);
  const revert = useMutation({
    mutationFn: () => revertConfig(client, id, slug, version),
    onSuccess: () => {
      notifications.show({
        color: 'teal',
        title: `Reverted to version ${version}`,
        message: file.name,
      });
      // Show the current version first, so that its refetch happens now.
      flushSync(onDone);
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: () => deleteConfigVersion(client, id, slug, version),
    onSuccess: () => {
      setConfirming(false);
      notifications.show({
        color: 'teal',
        title: `Version ${version} deleted`,
        message: file.name,
      });
      flushSync(onDone);
      void refresh(slug);
    },
  });
  return (
    <Stack>
      <MutationError error={revert.error} title="The configuration was not reverted" />
      <Group>
        <Button variant="default" loading={revert.isPending} onClick={() => revert.mutate()}>
          Revert to version {version}
        </Button>
        <Button variant="default" color="red" onClick={() => setConfirming(true)}>
          Delete version {version}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={`Delete version ${version} of ${file.name}?`}
        confirmLabel="Delete version"
        loading={remove.isPending}
        onConfirm={() => remove.mutate()}
        onCancel={() => {
          setConfirming(false);
          remove.reset();
        }}
      >
        Version {version} of {file.path ?? file.name} is removed from the history.
        {remove.error ? <ErrorLine error={remove.error} /> : null}
      </ConfirmDialog>
    </Stack>
  );
}

function FileEditor({ id, slug, file }: FileRef) {
  const { connection, client } = useConnectionClient();
  const refresh = useRefreshConfigs(id);
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [clearing, setClearing] = useState(false);
  const content = useQuery(instanceConfigContentQuery(connection.id, client, id, slug, version));
  const previous = file.previous_versions ?? [];
  const clear = useMutation({
    mutationFn: () => clearConfigHistory(client, id, slug),
    onSuccess: () => {
      setClearing(false);
      flushSync(() => setVersion(undefined));
      notifications.show({ color: 'teal', title: 'History cleared', message: file.name });
      void refresh(slug);
    },
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          {file.name}
        </Title>
        <Group align="flex-end">
          <Select
            label="Version"
            allowDeselect={false}
            data={[
              { value: 'current', label: `Current (version ${file.version})` },
              ...previous.map((entry) => ({
                value: String(entry.version),
                label: `Version ${entry.version}`,
              })),
            ]}
            value={version === undefined ? 'current' : String(version)}
            onChange={(value) =>
              setVersion(value && value !== 'current' ? Number(value) : undefined)
            }
          />
          {previous.length > 0 ? (
            <Button variant="default" color="red" onClick={() => setClearing(true)}>
              Clear history
            </Button>
          ) : null}
        </Group>
        <QueryBoundary query={content} what="the configuration">
          {(text) =>
            version === undefined ? (
              <CurrentEditor id={id} slug={slug} file={file} content={text} />
            ) : (
              <Stack>
                <ServerText text={text || '(empty)'} label={`Version ${version} of ${file.name}`} />
                <PreviousVersion
                  id={id}
                  slug={slug}
                  file={file}
                  version={version}
                  onDone={() => setVersion(undefined)}
                />
              </Stack>
            )
          }
        </QueryBoundary>
      </Stack>
      <ConfirmDialog
        opened={clearing}
        title={`Clear the history of ${file.name}?`}
        confirmLabel="Clear history"
        loading={clear.isPending}
        onConfirm={() => clear.mutate()}
        onCancel={() => {
          setClearing(false);
          clear.reset();
        }}
      >
        All {previous.length} previous versions of {file.path ?? file.name} are deleted; the current
        one stays.
        {clear.error ? <ErrorLine error={clear.error} /> : null}
      </ConfirmDialog>
    </Paper>
  );
}

export function PluginInstanceConfigs({ instance }: InstanceTabProps) {
  const { connection, client } = useConnectionClient();
  const configs = useQuery(instanceConfigsQuery(connection.id, client, instance.id));
  const [slug, setSlug] = useState(0);
  return (
    <QueryBoundary query={configs} what="the configuration files">
      {(files) => {
        const file = files[slug];
        if (files.length === 0) {
          return (
            <EmptyState title="No configuration files">The plugin manager names none.</EmptyState>
          );
        }
        return (
          <Stack>
            <Table striped aria-label="Configuration files">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Path</Table.Th>
                  <Table.Th>Version</Table.Th>
                  <Table.Th>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {files.map((entry, index) => (
                  <Table.Tr key={entry.name}>
                    <Table.Td>{entry.name}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {entry.path ?? '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {entry.version} ({entry.previous_versions?.length ?? 0} previous)
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant={index === slug ? 'filled' : 'default'}
                        aria-label={`Open ${entry.name}`}
                        aria-pressed={index === slug}
                        onClick={() => setSlug(index)}
                      >
                        Open
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {file ? <FileEditor key={file.name} id={instance.id} slug={slug} file={file} /> : null}
          </Stack>
        );
      }}
    </QueryBoundary>
  );
}
