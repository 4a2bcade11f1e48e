import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { gatewayKeys } from '../api/keys';
import { knownLabelsQuery } from '../api/knownLabels';
import { type LabelsForm, labelsBody, labelsFormSchema } from '../api/labelRules';
import { patchLabels } from '../api/patchLabels';
import { putLabels } from '../api/putLabels';
import { MutationError } from './MutationError';

function toForm(labels: Record<string, string>): LabelsForm {
  return { labels: Object.entries(labels).map(([name, value]) => ({ name, value })) };
}

/** Edit all labels (PUT replaces them), or remove one at once (PATCH Deletes). */
export function LabelsPanel({ uuid, labels }: { uuid: string; labels: Record<string, string> }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<LabelsForm>({
    resolver: zodResolver(labelsFormSchema),
    defaultValues: toForm(labels),
  });
  const rows = useFieldArray({ control: form.control, name: 'labels' });
  const known = useQuery(knownLabelsQuery(connection.id, client));
  useEffect(() => form.reset(toForm(labels)), [labels, form]);

  async function changed() {
    await Promise.all([
      queryClient.invalidateQueries({
        queryKey: gatewayKeys.device(connection.id, uuid),
        exact: true,
      }),
      queryClient.invalidateQueries({ queryKey: [...gatewayKeys.devices(connection.id), 'page'] }),
      queryClient.invalidateQueries({ queryKey: gatewayKeys.knownLabels(connection.id) }),
      queryClient.invalidateQueries({ queryKey: gatewayKeys.groups(connection.id) }),
    ]);
  }

  const save = useMutation({
    mutationFn: (values: LabelsForm) => putLabels(client, uuid, labelsBody(values)),
    onSuccess: async () => {
      await changed();
      notifications.show({
        color: 'teal',
        title: 'Labels saved',
        message: `Labels of ${uuid} saved.`,
      });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        const index = form.getValues('labels').findIndex((label) => label.name === 'name');
        if (index >= 0) form.setError(`labels.${index}.value`, { message: error.message });
      }
    },
  });
  const removeOne = useMutation({
    mutationFn: (name: string) => patchLabels(client, uuid, { Deletes: [name] }),
    onSuccess: async (_data, name) => {
      await changed();
      notifications.show({ color: 'teal', title: 'Label removed', message: `${name} removed.` });
    },
  });
  const { errors } = form.formState;
  const saved = Object.keys(labels);

  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <Title order={2} size="h4">
          Labels
        </Title>
        <Text size="sm" c="dimmed">
          &quot;name&quot; must be unique among devices; &quot;group&quot; puts the device in a
          device group for group configs and rollouts. Names: lower-case letters, digits, _ . - (at
          most 20); values: letters, digits, _ . - (at most 60).
        </Text>
        {known.data?.length ? (
          <Text size="sm">Label names in use on this gateway: {known.data.join(', ')}.</Text>
        ) : null}
        <MutationError error={save.error} title="The labels were not saved" />
        <MutationError error={removeOne.error} title="The label was not removed" />
        {rows.fields.map((row, index) => {
          const name = form.getValues(`labels.${index}.name`);
          return (
            <Group key={row.id} align="flex-start" wrap="nowrap">
              <TextInput
                label={`Label ${index + 1} name`}
                error={errors.labels?.[index]?.name?.message}
                {...form.register(`labels.${index}.name`)}
              />
              <TextInput
                label={`Label ${index + 1} value`}
                error={errors.labels?.[index]?.value?.message}
                {...form.register(`labels.${index}.value`)}
                style={{ flex: 1 }}
              />
              <ActionIcon
                mt={28}
                variant="subtle"
                color="red"
                aria-label={`Remove label ${index + 1}${name ? ` (${name})` : ''}`}
                loading={removeOne.isPending && removeOne.variables === name}
                onClick={() => {
                  if (saved.includes(name) && name === row.name) removeOne.mutate(name);
                  else rows.remove(index);
                }}
              >
                ×
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button variant="default" onClick={() => rows.append({ name: '', value: '' })}>
            Add label
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save labels
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
