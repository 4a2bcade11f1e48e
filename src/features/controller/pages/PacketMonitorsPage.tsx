import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Group, Paper, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { saveBlob } from '@/api/download';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  type PacketMonitor,
  createPacketMonitor,
  deletePacketMonitor,
  downloadCapture,
  packetMonitorsQuery,
  startPacketMonitor,
  stopPacketMonitor,
} from '../api/packetMonitors';
import { INTERFACES, type PacketMonitorValues, packetMonitorSchema } from '../api/rules';
import { ErrorLine, MutationError } from '../components/MutationError';
import { PacketMonitorDetailsDialog } from '../components/PacketMonitorDetailsDialog';

function CreateMonitorForm() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<PacketMonitorValues>({
    resolver: zodResolver(packetMonitorSchema),
    defaultValues: {
      name: '',
      type: 'pcap',
      interface: 'eth0',
      filter: '',
      duration: 'forever',
      destination: 'file',
    },
  });
  const mutation = useMutation({
    mutationFn: (values: PacketMonitorValues) =>
      createPacketMonitor(client, {
        ...values,
        filter: values.filter || null,
        destination: values.type === 'netflow' ? values.destination : 'file',
      }),
    onSuccess: (monitor) => {
      form.reset();
      notifications.show({ color: 'teal', title: 'Packet monitor created', message: monitor.name });
      void queryClient.invalidateQueries({
        queryKey: packetMonitorsQuery(connection.id, client).queryKey,
      });
    },
  });
  const errors = form.formState.errors;
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack>
          <Title order={2} size="h4">
            New packet monitor
          </Title>
          <Group grow align="flex-start">
            <TextInput
              label="Monitor name"
              withAsterisk
              {...form.register('name')}
              error={errors.name?.message}
            />
            <Controller
              control={form.control}
              name="type"
              render={({ field }) => (
                <Select
                  label="Type"
                  data={[
                    { value: 'pcap', label: 'pcap (capture to a file)' },
                    { value: 'netflow', label: 'NetFlow (send to a collector)' },
                    { value: 'conntrack', label: 'conntrack (connection tracking)' },
                  ]}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                />
              )}
            />
            <Controller
              control={form.control}
              name="interface"
              render={({ field }) => (
                <Select
                  label="Interface"
                  data={[...INTERFACES]}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                />
              )}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label="Filter"
              description="Optional, for example -p 8000"
              {...form.register('filter')}
            />
            <TextInput
              label="Duration"
              description="forever, or when to stop (a date)"
              {...form.register('duration')}
              error={errors.duration?.message}
            />
            <TextInput
              label="Collector"
              description="NetFlow only: host:<IPv4>:<port>"
              {...form.register('destination')}
              error={errors.destination?.message}
            />
          </Group>
          <MutationError error={mutation.error} title="The packet monitor was not created" />
          <Button type="submit" loading={mutation.isPending} w="fit-content">
            Create packet monitor
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function MonitorsTable({ monitors }: { monitors: PacketMonitor[] }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<PacketMonitor | null>(null);
  const [viewing, setViewing] = useState<PacketMonitor | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({
      queryKey: packetMonitorsQuery(connection.id, client).queryKey,
    });
  const action = useMutation({
    mutationFn: ({ monitor, start }: { monitor: PacketMonitor; start: boolean }) =>
      start ? startPacketMonitor(client, monitor.name) : stopPacketMonitor(client, monitor.name),
    onSuccess: (result, { monitor, start }) => {
      notifications.show({
        color: 'teal',
        title: start ? `${monitor.name} started` : `${monitor.name} stopped`,
        message: result.output ?? '',
      });
      void refresh();
    },
  });
  const capture = useMutation({
    mutationFn: (monitor: PacketMonitor) => downloadCapture(client, monitor.name),
    onSuccess: ({ blob, fileName }) => saveBlob(blob, fileName),
  });
  const remove = useMutation({
    mutationFn: (monitor: PacketMonitor) => deletePacketMonitor(client, monitor.name),
    onSuccess: (_, monitor) => {
      setDeleting(null);
      notifications.show({ color: 'teal', title: 'Packet monitor deleted', message: monitor.name });
      void refresh();
    },
  });
  if (monitors.length === 0) {
    return <EmptyState title="No packet monitors">Create one to capture traffic.</EmptyState>;
  }
  return (
    <>
      <MutationError error={action.error} title="The packet monitor did not change" />
      {capture.error ? (
        <MutationError error={capture.error} title="The capture was not downloaded" />
      ) : null}
      <Table.ScrollContainer minWidth={760}>
        <Table striped aria-label="Packet monitors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th>Interface</Table.Th>
              <Table.Th>Filter</Table.Th>
              <Table.Th>Destination</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {monitors.map((monitor) => {
              const running = monitor.status === 'running';
              return (
                <Table.Tr key={monitor.name}>
                  <Table.Td>{monitor.name}</Table.Td>
                  <Table.Td>{monitor.type}</Table.Td>
                  <Table.Td>{monitor.interface}</Table.Td>
                  <Table.Td>{monitor.filter ?? '—'}</Table.Td>
                  <Table.Td>{monitor.destination}</Table.Td>
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
                        aria-label={`Details of ${monitor.name}`}
                        onClick={() => setViewing(monitor)}
                      >
                        Details
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`${running ? 'Stop' : 'Start'} ${monitor.name}`}
                        loading={action.isPending && action.variables.monitor.name === monitor.name}
                        onClick={() => action.mutate({ monitor, start: !running })}
                      >
                        {running ? 'Stop' : 'Start'}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`Download capture of ${monitor.name}`}
                        loading={capture.isPending && capture.variables.name === monitor.name}
                        onClick={() => capture.mutate(monitor)}
                      >
                        Download
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        color="red"
                        aria-label={`Delete ${monitor.name}`}
                        onClick={() => setDeleting(monitor)}
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
      {viewing ? (
        <PacketMonitorDetailsDialog name={viewing.name} onClose={() => setViewing(null)} />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete packet monitor ${deleting?.name ?? ''}?`}
        confirmLabel="Delete monitor"
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => setDeleting(null)}
      >
        {deleting?.name} and its captured data are removed.
        {remove.error ? <ErrorLine error={remove.error} /> : null}
      </ConfirmDialog>
    </>
  );
}

export function PacketMonitorsPage() {
  const { connection, client } = useConnectionClient();
  const monitors = useQuery(packetMonitorsQuery(connection.id, client));
  return (
    <Stack maw={1000}>
      <PageHeader
        title="Packet monitors"
        description={`Traffic captures and flow exports on ${connection.name} (beta in VNS3).`}
      />
      <CreateMonitorForm />
      <Paper withBorder p="md" radius="md">
        <Stack>
          <Title order={2} size="h4">
            Monitors
          </Title>
          <QueryBoundary query={monitors} what="the packet monitors">
            {(data) => <MonitorsTable monitors={data} />}
          </QueryBoundary>
        </Stack>
      </Paper>
    </Stack>
  );
}
