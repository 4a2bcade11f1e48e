import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, MultiSelect, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { createRollout } from '../api/createRollout';
import { gatewayKeys } from '../api/keys';
import { knownGroupsQuery } from '../api/knownGroups';
import { type RolloutFormValues, rolloutFormSchema } from '../api/updateRules';
import { MutationError } from './MutationError';

const EMPTY: RolloutFormValues = { name: '', uuids: '', groups: [] };

export function CreateRolloutForm({ tag, name }: { tag: string; name: string }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const groups = useQuery(knownGroupsQuery(connection.id, client));
  const form = useForm<RolloutFormValues>({
    resolver: zodResolver(rolloutFormSchema),
    defaultValues: EMPTY,
  });
  const create = useMutation({
    mutationFn: (values: RolloutFormValues) => createRollout(client, tag, name, values),
    onSuccess: async (_data, values) => {
      form.reset(EMPTY);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: gatewayKeys.update(connection.id, tag, name) }),
        queryClient.invalidateQueries({ queryKey: gatewayKeys.updates(connection.id) }),
        queryClient.invalidateQueries({ queryKey: gatewayKeys.devices(connection.id) }),
      ]);
      notifications.show({
        color: 'teal',
        title: 'Rollout created',
        message: `${values.name}: the gateway assigns its devices in the background.`,
      });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        form.setError('name', { message: error.message }, { shouldFocus: true });
      }
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit((values) => create.mutate(values))} noValidate>
      <Stack>
        <Title order={2} size="h4">
          Create rollout
        </Title>
        <MutationError error={create.error} title="The rollout was not created" />
        <TextInput
          label="Rollout name"
          required
          error={errors.name?.message}
          {...form.register('name')}
        />
        <Textarea
          label="Device UUIDs"
          description="Separated by commas, spaces or lines."
          autosize
          minRows={2}
          error={errors.uuids?.message}
          {...form.register('uuids')}
        />
        <Controller
          control={form.control}
          name="groups"
          render={({ field }) => (
            <MultiSelect
              label="Device groups"
              data={groups.data ?? []}
              value={field.value}
              onChange={field.onChange}
              searchable
            />
          )}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            Create rollout
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
