import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { msQuery, saveMs, testMsAlert } from '../api/alerts';
import { type MsValues, msSchema } from '../api/rules';
import { MutationError } from './MutationError';

function MsForm({ ip, alertEnabled }: { ip: string | null; alertEnabled: boolean }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<MsValues>({
    resolver: zodResolver(msSchema),
    defaultValues: { ip: ip ?? '', alert_enabled: alertEnabled },
  });
  const save = useMutation({
    mutationFn: (values: MsValues) => saveMs(client, Boolean(ip), values),
    onSuccess: (result) => {
      queryClient.setQueryData(msQuery(connection.id, client).queryKey, result);
      notifications.show({
        color: 'teal',
        title: 'VNS3:ms settings saved',
        message: result.ip ?? '',
      });
    },
  });
  const test = useMutation({
    mutationFn: () => testMsAlert(client),
    onSuccess: () =>
      notifications.show({
        color: 'teal',
        title: 'Test alert sent to VNS3:ms',
        message: connection.name,
      }),
  });
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <TextInput
          label="VNS3:ms address"
          {...form.register('ip')}
          error={form.formState.errors.ip?.message}
        />
        <Checkbox label="Send alerts to VNS3:ms" {...form.register('alert_enabled')} />
        <MutationError error={save.error} title="The VNS3:ms settings were not saved" />
        <MutationError error={test.error} title="The test alert was not sent" />
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save
          </Button>
          <Button
            variant="default"
            disabled={!ip}
            loading={test.isPending}
            onClick={() => test.mutate()}
          >
            Send test alert
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function MsPanel() {
  const { connection, client } = useConnectionClient();
  const ms = useQuery(msQuery(connection.id, client));
  return (
    <Stack>
      <Title order={2} size="h4">
        VNS3:ms
      </Title>
      <Text size="sm" c="dimmed">
        The management system this controller reports to.
      </Text>
      <QueryBoundary query={ms} what="the VNS3:ms settings">
        {(data) => (
          <MsForm key={data.ip ?? ''} ip={data.ip ?? null} alertEnabled={data.alert_enabled} />
        )}
      </QueryBoundary>
    </Stack>
  );
}
