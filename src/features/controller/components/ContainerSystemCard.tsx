import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod/mini';
import { useConnectionClient } from '@/auth/useConnectionClient';
import {
  containerAddressesQuery,
  containerSystemAction,
  containerSystemQuery,
  containersQuery,
  isRunning,
  setContainerNetwork,
} from '../api/containers';
import { containerNetworkSchema } from '../api/rules';
import { PrerequisiteOrError } from './LicenseGate';
import { MutationError } from './MutationError';

type NetworkValues = z.infer<typeof containerNetworkSchema>;

function NetworkForm({ network, running }: { network: string; running: boolean }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<NetworkValues>({
    resolver: zodResolver(containerNetworkSchema),
    defaultValues: { network },
  });
  const mutation = useMutation({
    mutationFn: (values: NetworkValues) => setContainerNetwork(client, values.network),
    onSuccess: (result) => {
      queryClient.setQueryData(containerSystemQuery(connection.id, client).queryKey, result);
      void queryClient.invalidateQueries({
        queryKey: containerAddressesQuery(connection.id, client).queryKey,
      });
      notifications.show({
        color: 'teal',
        title: 'Container network changed',
        message: result.network ?? '',
      });
    },
  });
  return (
    <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack gap="xs">
        <Group align="flex-start">
          <TextInput
            label="Container network"
            description={running ? 'Stop the container system to change it' : 'IPv4 CIDR'}
            disabled={running}
            {...form.register('network')}
            error={form.formState.errors.network?.message}
          />
          <Button
            type="submit"
            variant="default"
            disabled={running}
            loading={mutation.isPending}
            mt={44}
          >
            Change network
          </Button>
        </Group>
        <MutationError error={mutation.error} title="The network was not changed" />
      </Stack>
    </form>
  );
}

export function ContainerSystemCard() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const system = useQuery(containerSystemQuery(connection.id, client));
  const action = useMutation({
    mutationFn: (next: 'start' | 'stop') => containerSystemAction(client, next),
    onSuccess: (result, next) => {
      queryClient.setQueryData(containerSystemQuery(connection.id, client).queryKey, result);
      void queryClient.invalidateQueries({
        queryKey: containersQuery(connection.id, client).queryKey,
      });
      notifications.show({
        color: 'teal',
        title: next === 'start' ? 'Container system started' : 'Container system stopped',
        message: connection.name,
      });
    },
  });
  const data = system.data;
  const running = data ? isRunning(data.running) : false;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            Container system
          </Title>
          {data ? (
            <Badge variant="light" color={running ? 'teal' : 'gray'}>
              {running ? 'Running' : 'Stopped'}
            </Badge>
          ) : null}
        </Group>
        {system.isError ? (
          <PrerequisiteOrError
            error={system.error}
            what="the container system"
            onRetry={() => void system.refetch()}
          />
        ) : null}
        {data ? (
          <>
            <Button
              w="fit-content"
              variant={running ? 'default' : 'filled'}
              loading={action.isPending}
              onClick={() => action.mutate(running ? 'stop' : 'start')}
            >
              {running ? 'Stop container system' : 'Start container system'}
            </Button>
            <MutationError error={action.error} title="The container system did not change" />
            <NetworkForm
              key={`${data.network ?? ''}-${running}`}
              network={data.network ?? ''}
              running={running}
            />
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
