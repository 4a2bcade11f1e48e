import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { deniedDevicesQuery } from '../api/deniedDevices';
import { gatewayKeys } from '../api/keys';
import { restoreDevice } from '../api/restoreDevice';
import { describeGatewayError } from '../api/scopeError';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { DeniedDevicesTable } from '../components/DeniedDevicesTable';
import { GatewayQuery } from '../components/GatewayQuery';

const schema = z.object({
  uuid: z.string().check(z.trim(), z.minLength(1, 'Enter a device UUID')),
});

function restoreFailure(error: unknown, uuid: string): string {
  if (error instanceof ApiError && error.status === 404) {
    return `${uuid} is not on the denied list.`;
  }
  return describeGatewayError(error);
}

export function DeniedDevicesPage() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const denied = useQuery(deniedDevicesQuery(connection.id, client));
  const [confirming, setConfirming] = useState<string | null>(null);
  const form = useForm<{ uuid: string }>({
    resolver: zodResolver(schema),
    defaultValues: { uuid: '' },
  });
  const restore = useMutation({
    mutationFn: (uuid: string) => restoreDevice(client, uuid),
    onSuccess: async (_data, uuid) => {
      setConfirming(null);
      form.reset();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: gatewayKeys.denied(connection.id) }),
        queryClient.invalidateQueries({ queryKey: gatewayKeys.devices(connection.id) }),
        queryClient.invalidateQueries({ queryKey: gatewayKeys.groups(connection.id) }),
      ]);
      notifications.show({
        color: 'teal',
        title: 'Device restored',
        message: `${uuid} is off the denied list and may connect again.`,
      });
    },
    onError: () => setConfirming(null),
  });

  return (
    <Stack>
      <PageHeader
        title="Denied devices"
        description="Deleted devices: the gateway keeps their records and rejects their connections."
      />
      <Alert color="blue" variant="light" title="What restoring does">
        <Text size="sm">
          Restoring a device takes it off the denied list so it can connect again. Only its server
          record comes back: its configs, update events and apps states were destroyed when it was
          deleted. A device whose key pair changed while denied (for example after a factory reset)
          cannot connect after being restored: delete it and re-enrol it from scratch.
        </Text>
      </Alert>
      {restore.error ? (
        <Alert color="red" role="alert" title="The device was not restored">
          {restoreFailure(restore.error, restore.variables ?? '')}
        </Alert>
      ) : null}
      <GatewayQuery query={denied} what="the denied devices">
        {(uuids) =>
          uuids.length === 0 ? (
            <EmptyState title="No denied devices">No device has been deleted.</EmptyState>
          ) : (
            <DeniedDevicesTable uuids={uuids} onRestore={setConfirming} />
          )
        }
      </GatewayQuery>
      <Paper withBorder p="lg" radius="md" maw={640}>
        <form onSubmit={form.handleSubmit((values) => restore.mutate(values.uuid))} noValidate>
          <Stack>
            <Title order={2} size="h4">
              Restore by UUID
            </Title>
            <TextInput
              label="Device UUID"
              description="For a device not listed above, e.g. one beyond the list's 10,000 entries."
              error={form.formState.errors.uuid?.message}
              {...form.register('uuid')}
            />
            <Group>
              <Button type="submit" variant="light" loading={restore.isPending && !confirming}>
                Restore device
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <ConfirmDialog
        opened={confirming !== null}
        title="Restore this device?"
        confirmLabel="Restore"
        loading={restore.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && restore.mutate(confirming)}
      >
        {confirming} will be allowed to connect again. Only its server record comes back, and only
        if the device still has the key it had when it was deleted.
      </ConfirmDialog>
    </Stack>
  );
}
