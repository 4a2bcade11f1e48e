import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import { groupNameSchema } from '../api/groups';
import { MutationError } from './MutationError';
import type { SetNoun } from './SetItemsCard';

const TITLE: Record<SetNoun, string> = { fwset: 'Fwset', subtable: 'Subtable' };

const setFormSchema = z.object({
  name: groupNameSchema,
  type: z.string().check(z.minLength(1, 'Choose a type')),
  description: z.string().check(z.maxLength(255, 'At most 255 characters')),
});
type SetFormValues = z.infer<typeof setFormSchema>;

/** Creates a fwset or subtable: a name, a type and a description. */
export function NewSetForm({
  noun,
  typeLabel,
  types,
  defaultType,
  create,
  invalidate,
}: {
  noun: SetNoun;
  typeLabel: string;
  types: readonly string[];
  defaultType: string;
  create: (values: SetFormValues) => Promise<{ name: string }>;
  invalidate: QueryKey;
}) {
  const queryClient = useQueryClient();
  const form = useForm<SetFormValues>({
    resolver: zodResolver(setFormSchema),
    defaultValues: { name: '', type: defaultType, description: '' },
  });
  const mutation = useMutation({
    mutationFn: create,
    onSuccess: async (created) => {
      form.reset();
      await queryClient.invalidateQueries({ queryKey: invalidate });
      notifications.show({ color: 'teal', title: `${TITLE[noun]} created`, message: created.name });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400 && /name|exists/i.test(error.message)) {
        form.setError('name', { message: error.message }, { shouldFocus: true });
      }
    },
  });
  const { errors } = form.formState;

  return (
    <Paper withBorder p="md" radius="md" maw={640}>
      <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack>
          <Title order={3} size="h5">
            New {noun}
          </Title>
          <MutationError error={mutation.error} title={`The ${noun} was not created`} />
          <TextInput
            label={`${TITLE[noun]} name`}
            required
            error={errors.name?.message}
            {...form.register('name')}
          />
          <Controller
            control={form.control}
            name="type"
            render={({ field }) => (
              <Select
                label={typeLabel}
                allowDeselect={false}
                data={[...types]}
                value={field.value}
                error={errors.type?.message}
                onChange={(value) => field.onChange(value ?? defaultType)}
              />
            )}
          />
          <TextInput
            label={`${TITLE[noun]} description`}
            error={errors.description?.message}
            {...form.register('description')}
          />
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              Create {noun}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
