import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import { MutationError } from './MutationError';

const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

export type SetNoun = 'fwset' | 'subtable';

const WORDS = {
  fwset: { item: 'entry', column: 'Entry', table: 'Entries', remove: 'Remove', none: 'entries' },
  subtable: { item: 'rule', column: 'Rule', table: 'Rules', remove: 'Delete', none: 'rules' },
} as const;

export interface SetItem {
  key: string;
  value: string;
  comment: string;
  disabled?: boolean;
}

export interface AddItem {
  /** Shown under the new-item field. */
  hint: string;
  check: (value: string) => string | null;
  add: (item: { value: string; comment: string }) => Promise<unknown>;
  /** What the add changes. */
  invalidate: QueryKey;
}

function itemFormSchema(check: (value: string) => string | null) {
  return z.object({
    value: z.string().check(
      z.refine((value) => check(value) === null, {
        error: (issue) => check(String(issue.input)) ?? 'Invalid value',
      }),
    ),
    comment: z.string().check(z.maxLength(255, 'At most 255 characters')),
  });
}
type ItemFormValues = z.infer<ReturnType<typeof itemFormSchema>>;

function AddItemForm({ noun, name, add }: { noun: SetNoun; name: string; add: AddItem }) {
  const words = WORDS[noun];
  const queryClient = useQueryClient();
  const schema = useMemo(() => itemFormSchema(add.check), [add.check]);
  const form = useForm<ItemFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { value: '', comment: '' },
  });
  const mutation = useMutation({
    mutationFn: (values: ItemFormValues) =>
      add.add({ value: values.value.trim(), comment: values.comment }),
    onSuccess: async (_data, values) => {
      form.reset();
      await queryClient.invalidateQueries({ queryKey: add.invalidate });
      notifications.show({
        color: 'teal',
        title: noun === 'fwset' ? 'Entry added' : 'Rule added',
        message: `${values.value.trim()} in ${name}`,
      });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400) {
        form.setError('value', { message: error.message }, { shouldFocus: true });
      }
    },
  });
  const { errors } = form.formState;

  return (
    <form
      onSubmit={form.handleSubmit((values) => mutation.mutate(values))}
      noValidate
      aria-label={`Add ${noun === 'fwset' ? 'an entry' : 'a rule'} to ${name}`}
    >
      <Stack gap="xs">
        <MutationError error={mutation.error} title={`The ${words.item} was not added`} />
        <Group align="flex-start" grow={noun === 'subtable'}>
          <TextInput
            label={`New ${words.item} for ${name}`}
            description={add.hint}
            styles={noun === 'subtable' ? MONO_INPUT : undefined}
            spellCheck={false}
            error={errors.value?.message}
            {...form.register('value')}
          />
          <TextInput
            label={`Comment for the new ${name} ${words.item}`}
            error={errors.comment?.message}
            {...form.register('comment')}
          />
        </Group>
        <Group>
          <Button type="submit" size="xs" variant="light" loading={mutation.isPending}>
            Add {words.item} to {name}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One fwset or subtable: its items, with remove, edit, delete and an add form. */
export function SetItemsCard({
  noun,
  name,
  type,
  description,
  items,
  removeLabel,
  onRemove,
  onEdit,
  onDelete,
  add,
}: {
  noun: SetNoun;
  name: string;
  type: string;
  description: string;
  items: readonly SetItem[];
  removeLabel: (item: SetItem, index: number) => string;
  onRemove: (item: SetItem) => void;
  onEdit: () => void;
  onDelete: () => void;
  add: AddItem;
}) {
  const words = WORDS[noun];
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={3} size="h5" ff="monospace">
              {name}
            </Title>
            <Badge variant="light">{type}</Badge>
          </Group>
          <Group gap="sm">
            <Text size="sm" c="dimmed">
              {description}
            </Text>
            <Button
              size="compact-xs"
              variant="default"
              aria-label={`Edit ${noun} ${name}`}
              onClick={onEdit}
            >
              Edit {noun}
            </Button>
            <Button
              size="compact-xs"
              variant="light"
              color="red"
              aria-label={`Delete ${noun} ${name}`}
              onClick={onDelete}
            >
              Delete {noun}
            </Button>
          </Group>
        </Group>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            No {words.none} yet.
          </Text>
        ) : (
          <Table aria-label={`${words.table} of ${name}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{words.column}</Table.Th>
                <Table.Th>Comment</Table.Th>
                <Table.Th w={100}>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item, index) => (
                <Table.Tr key={item.key}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {item.value}
                      {item.disabled ? ' (disabled)' : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>{item.comment}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="red"
                      aria-label={removeLabel(item, index)}
                      onClick={() => onRemove(item)}
                    >
                      {words.remove}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <AddItemForm noun={noun} name={name} add={add} />
      </Stack>
    </Paper>
  );
}
