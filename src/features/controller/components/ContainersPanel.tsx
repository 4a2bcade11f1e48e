import { zodResolver } from '@hookform/resolvers/zod';
import {
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
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import { ServerText } from '@/components/ServerText';
import {
  type Container,
  type ContainerImage,
  LOG_LINES,
  containerAddressesQuery,
  containerLogsQuery,
  containersQuery,
  deleteContainer,
  runContainer,
  stopContainer,
} from '../api/containers';
import { type RunContainerValues, runContainerSchema } from '../api/rules';
import { ContainerCommitDialog } from './ContainerCommitDialog';
import { ErrorLine, MutationError } from './MutationError';

function RunContainerForm({ images }: { images: ContainerImage[] }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<RunContainerValues>({
    resolver: zodResolver(runContainerSchema),
    defaultValues: { name: '', image_uuid: '', ipaddress: '', command: '' },
  });
  const mutation = useMutation({
    mutationFn: (values: RunContainerValues) =>
      runContainer(client, {
        name: values.name,
        image_uuid: values.image_uuid,
        ...(values.ipaddress ? { ipaddress: values.ipaddress } : {}),
        ...(values.command ? { command: values.command } : {}),
      }),
    onSuccess: (result, values) => {
      form.reset();
      notifications.show({
        color: 'teal',
        title: 'Container started',
        message: `${values.name} at ${result.ip_address ?? 'an assigned address'}`,
      });
      void queryClient.invalidateQueries({
        queryKey: containersQuery(connection.id, client).queryKey,
      });
      void queryClient.invalidateQueries({
        queryKey: containerAddressesQuery(connection.id, client).queryKey,
      });
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <Group grow align="flex-start">
          <TextInput
            label="Container name"
            withAsterisk
            {...form.register('name')}
            error={errors.name?.message}
          />
          <Controller
            control={form.control}
            name="image_uuid"
            render={({ field, fieldState }) => (
              <Select
                label="Image"
                withAsterisk
                data={images.map((image) => ({ value: image.uuid, label: image.name }))}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                error={fieldState.error?.message}
              />
            )}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label="IP address"
            description="Optional; one is assigned otherwise"
            {...form.register('ipaddress')}
            error={errors.ipaddress?.message}
          />
          <TextInput label="Command" description="Optional" {...form.register('command')} />
        </Group>
        <MutationError error={mutation.error} title="The container was not started" />
        <Button type="submit" loading={mutation.isPending} w="fit-content">
          Start container
        </Button>
      </Stack>
    </form>
  );
}

function LogsModal({ container, onClose }: { container: Container; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const logs = useQuery(containerLogsQuery(connection.id, client, container.uuid));
  return (
    <Modal opened onClose={onClose} title={`Logs of ${container.name}`} size="xl">
      <QueryBoundary query={logs} what="the logs">
        {(data) => (
          <ServerText
            text={data || '(empty)'}
            label={`Last ${LOG_LINES} log lines of ${container.name}`}
          />
        )}
      </QueryBoundary>
    </Modal>
  );
}

function ContainersTable({ containers }: { containers: Container[] }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [logsOf, setLogsOf] = useState<Container | null>(null);
  const [deleting, setDeleting] = useState<Container | null>(null);
  const [committing, setCommitting] = useState<Container | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: containersQuery(connection.id, client).queryKey });
  const stop = useMutation({
    mutationFn: (container: Container) => stopContainer(client, container.uuid),
    onSuccess: (_, container) => {
      notifications.show({ color: 'teal', title: 'Container stopped', message: container.name });
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (container: Container) => deleteContainer(client, container.uuid),
    onSuccess: (_, container) => {
      setDeleting(null);
      notifications.show({ color: 'teal', title: 'Container deleted', message: container.name });
      void refresh();
      void queryClient.invalidateQueries({
        queryKey: containerAddressesQuery(connection.id, client).queryKey,
      });
    },
  });
  if (containers.length === 0) {
    return <EmptyState title="No containers">Start one from an image.</EmptyState>;
  }
  return (
    <>
      <MutationError error={stop.error} title="The container was not stopped" />
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-label="Containers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Image</Table.Th>
              <Table.Th>Address</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {containers.map((container) => {
              const running = container.status === 'running';
              return (
                <Table.Tr key={container.uuid}>
                  <Table.Td>{container.name}</Table.Td>
                  <Table.Td>{container.image_name ?? '—'}</Table.Td>
                  <Table.Td>{container.ip_address ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={running ? 'teal' : 'gray'}>
                      {running ? 'Running' : 'Stopped'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`Logs of ${container.name}`}
                        onClick={() => setLogsOf(container)}
                      >
                        Logs
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`Commit ${container.name}`}
                        onClick={() => setCommitting(container)}
                      >
                        Commit
                      </Button>
                      {running ? (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={`Stop ${container.name}`}
                          loading={stop.isPending && stop.variables.uuid === container.uuid}
                          onClick={() => stop.mutate(container)}
                        >
                          Stop
                        </Button>
                      ) : null}
                      <Button
                        size="xs"
                        variant="default"
                        color="red"
                        aria-label={`Delete ${container.name}`}
                        onClick={() => setDeleting(container)}
                      >
                        Delete
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {committing ? (
        <ContainerCommitDialog container={committing} onClose={() => setCommitting(null)} />
      ) : null}
      {logsOf ? <LogsModal container={logsOf} onClose={() => setLogsOf(null)} /> : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete container ${deleting?.name ?? ''}?`}
        confirmLabel="Delete container"
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => setDeleting(null)}
      >
        {deleting?.name} is removed; its image stays.
        {remove.error ? <ErrorLine error={remove.error} /> : null}
      </ConfirmDialog>
    </>
  );
}

export function ContainersPanel({ images }: { images: ContainerImage[] }) {
  const { connection, client } = useConnectionClient();
  const containers = useQuery(containersQuery(connection.id, client));
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Containers
        </Title>
        <RunContainerForm images={images} />
        <QueryBoundary query={containers} what="the containers">
          {(data) => <ContainersTable containers={data} />}
        </QueryBoundary>
      </Stack>
    </Paper>
  );
}
