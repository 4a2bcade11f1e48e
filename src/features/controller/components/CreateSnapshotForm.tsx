import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod/mini';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { snapshotSchema } from '../api/rules';
import { createSnapshot, snapshotsQuery } from '../api/snapshots';
import { MutationError } from './MutationError';

type Values = z.infer<typeof snapshotSchema>;

export function CreateSnapshotForm() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    resolver: zodResolver(snapshotSchema),
    defaultValues: { name: '' },
  });
  const mutation = useMutation({
    mutationFn: (values: Values) => createSnapshot(client, values.name),
    onSuccess: (created) => {
      form.reset();
      notifications.show({
        color: 'teal',
        title: 'Snapshot taken',
        message: Object.keys(created)[0] ?? 'The snapshot is ready.',
      });
      void queryClient.invalidateQueries({
        queryKey: snapshotsQuery(connection.id, client).queryKey,
      });
    },
  });
  return (
    <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
      <Group align="flex-start">
        <TextInput
          label="Snapshot name"
          description="Optional; the controller names it by date otherwise"
          {...form.register('name')}
          error={form.formState.errors.name?.message}
          style={{ flex: 1 }}
        />
        <Button type="submit" loading={mutation.isPending} mt={44}>
          Take snapshot
        </Button>
      </Group>
      <MutationError error={mutation.error} title="The snapshot was not taken" />
    </form>
  );
}
