import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { QueryBoundary } from '@/components/QueryBoundary';
import { cloudDataQuery, rebootController, updateControllerConfig } from '../api/admin';
import { type ControllerSettingsValues, controllerSettingsSchema } from '../api/rules';
import { Facts } from './Facts';
import { ErrorLine, MutationError } from './MutationError';
import { useRebootFlow } from './RebootWaitModal';

export function RebootCard({ giveUpAfterMs }: { giveUpAfterMs?: number }) {
  const { connection, client } = useConnectionClient();
  const reboot = useRebootFlow(giveUpAfterMs);
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: () => rebootController(client),
    onSuccess: () => {
      setConfirming(false);
      reboot.start();
    },
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Restart
        </Title>
        <Text size="sm">
          Reboots the controller. Tunnels and overlay clients drop until it is back.
        </Text>
        <Button color="red" variant="default" w="fit-content" onClick={() => setConfirming(true)}>
          Restart controller
        </Button>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={`Restart ${connection.name}?`}
        confirmLabel="Restart"
        loading={mutation.isPending}
        onConfirm={() => mutation.mutate()}
        onCancel={() => {
          setConfirming(false);
          mutation.reset();
        }}
      >
        {connection.name} reboots and stops answering for a while; this console waits for it to come
        back.
        {mutation.error ? <ErrorLine error={mutation.error} /> : null}
      </ConfirmDialog>
      {reboot.modal}
    </Paper>
  );
}

export function ControllerSettingsForm() {
  const { connection, client } = useConnectionClient();
  const form = useForm<ControllerSettingsValues>({
    resolver: zodResolver(controllerSettingsSchema),
    defaultValues: { controller_name: '', topology_name: '', ntp_hosts: '' },
  });
  const mutation = useMutation({
    mutationFn: (values: ControllerSettingsValues) =>
      updateControllerConfig(client, {
        ...(values.controller_name ? { controller_name: values.controller_name } : {}),
        ...(values.topology_name ? { topology_name: values.topology_name } : {}),
        ...(values.ntp_hosts ? { ntp_hosts: values.ntp_hosts } : {}),
      }),
    onSuccess: () => {
      form.reset();
      notifications.show({ color: 'teal', title: 'Settings saved', message: connection.name });
    },
  });
  const errors = form.formState.errors;
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack>
          <Title order={2} size="h4">
            Names and time servers
          </Title>
          <Text size="sm" c="dimmed">
            Fill only what should change. NTP hosts replace the whole list.
          </Text>
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
          <MutationError error={mutation.error} title="The settings were not saved" />
          <Button type="submit" loading={mutation.isPending} w="fit-content">
            Save settings
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

export function CloudDataCard() {
  const { connection, client } = useConnectionClient();
  const cloud = useQuery(cloudDataQuery(connection.id, client));
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Cloud instance
        </Title>
        <QueryBoundary query={cloud} what="the cloud details" skeletonHeight={100}>
          {(data) => (
            <Facts
              label="Cloud details"
              rows={[
                ['Cloud', data.cloud_type ?? 'Unknown'],
                ...Object.entries(data.cloud_data ?? {}).map(
                  ([name, value]) =>
                    [name, typeof value === 'string' ? value : JSON.stringify(value)] as [
                      string,
                      string,
                    ],
                ),
              ]}
            />
          )}
        </QueryBoundary>
      </Stack>
    </Paper>
  );
}
