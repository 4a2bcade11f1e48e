import { Alert, Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  MAX_DEVICE_CHOICES,
  chooseDevices,
  devicesMostUsedQuery,
  evaluationQuery,
} from '../api/deviceLimit';
import { namespacesKeys } from '../api/keys';
import type { UsedDevice } from '../api/schemas';
import { FailureAlert } from './FailureAlert';
import { useNamespaceSession } from './useNamespaceSession';

/** Over the free limit without a subscription, the owner picks which devices stay usable. */
export function DeviceLimitCard({ tenant }: { tenant: string }) {
  const { connection, client } = useNamespaceSession();
  const evaluation = useQuery(evaluationQuery(connection.id, client, tenant));
  const devices = useQuery(devicesMostUsedQuery(connection.id, client, tenant));
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Device limit
        </Title>
        <QueryBoundary query={evaluation} what="what the namespace may do">
          {(result) => (
            <Group gap="xs">
              <Badge color={result.can_accept ? 'teal' : 'red'} variant="light">
                {result.can_accept ? 'Can accept devices' : 'Cannot accept devices'}
              </Badge>
              <Badge color={result.can_connect ? 'teal' : 'red'} variant="light">
                {result.can_connect ? 'Can connect' : 'Cannot connect'}
              </Badge>
            </Group>
          )}
        </QueryBoundary>
        <QueryBoundary query={devices} what="the most used devices">
          {(list) =>
            list.length === 0 ? (
              <Text size="sm">No devices in this namespace yet.</Text>
            ) : (
              <DeviceChoice tenant={tenant} devices={list} />
            )
          }
        </QueryBoundary>
      </Stack>
    </Paper>
  );
}

function DeviceChoice({ tenant, devices }: { tenant: string; devices: UsedDevice[] }) {
  const { connection, client } = useNamespaceSession();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: (choices: string[]) => chooseDevices(client, choices),
    onSuccess: async (_data, choices) => {
      await queryClient.invalidateQueries({
        queryKey: namespacesKeys.evaluation(connection.id, tenant),
      });
      notifications.show({
        color: 'teal',
        title: 'Devices chosen',
        message: `${choices.length} ${choices.length === 1 ? 'device stays' : 'devices stay'} usable on the free plan.`,
      });
    },
  });
  const full = chosen.length >= MAX_DEVICE_CHOICES;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(chosen);
      }}
    >
      <Stack>
        <Text size="sm">
          Most used devices first. Without a subscription, choose up to {MAX_DEVICE_CHOICES} that
          stay usable when the namespace is over its limit.
        </Text>
        {full ? (
          <Alert color="blue" variant="light">
            {MAX_DEVICE_CHOICES} devices chosen: clear one to choose another.
          </Alert>
        ) : null}
        <Checkbox.Group label="Devices to keep" value={chosen} onChange={setChosen}>
          <Stack gap="xs" mt="xs">
            {devices.map((device) => (
              <Checkbox
                key={device.uid}
                value={device.uid}
                label={`${device.name}${device.online ? ' (online)' : ''}`}
                disabled={full && !chosen.includes(device.uid)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <FailureAlert error={save.error} title="The choice was not saved" action="manage billing" />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={chosen.length === 0}>
            Keep selected devices
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
