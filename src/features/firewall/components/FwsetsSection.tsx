import { zodResolver } from '@hookform/resolvers/zod';
import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  FWSET_TYPES,
  type Fwset,
  type FwsetType,
  addFwsetEntry,
  createFwset,
  deleteFwset,
  fwsetEntryMessage,
  fwsetsQuery,
  removeFwsetEntry,
} from '../api/fwsets';
import { groupNameSchema } from '../api/groups';
import { firewallKeys } from '../api/keys';
import { MutationError } from './MutationError';

const setFormSchema = z.object({
  name: groupNameSchema,
  type: z.enum(FWSET_TYPES),
  description: z.string().check(z.maxLength(255, 'At most 255 characters')),
});
type SetFormValues = z.infer<typeof setFormSchema>;

function entryFormSchema(type: string) {
  return z.object({
    entry: z.string().check(
      z.refine((entry) => fwsetEntryMessage(type, entry) === null, {
        error: (issue) => fwsetEntryMessage(type, String(issue.input)) ?? 'Invalid entry',
      }),
    ),
    comment: z.string().check(z.maxLength(255, 'At most 255 characters')),
  });
}
type EntryFormValues = z.infer<ReturnType<typeof entryFormSchema>>;

const ENTRY_HINT: Record<string, string> = {
  net: 'An IPv4 address or CIDR, e.g. 10.0.0.0/24',
  port: 'A port or range, e.g. 443 or 8000:8080',
  service: 'protocol:port, e.g. tcp:443',
  list: 'Any value',
};

type Pending = { kind: 'set'; name: string } | { kind: 'entry'; name: string; entry: string };

function FwsetCard({
  set,
  onRemoveEntry,
  onDelete,
}: {
  set: Fwset;
  onRemoveEntry: (entry: string) => void;
  onDelete: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const schema = useMemo(() => entryFormSchema(set.type), [set.type]);
  const form = useForm<EntryFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { entry: '', comment: '' },
  });
  const add = useMutation({
    mutationFn: (values: EntryFormValues) =>
      addFwsetEntry(client, set.name, { entry: values.entry.trim(), comment: values.comment }),
    onSuccess: async (_data, values) => {
      form.reset();
      await queryClient.invalidateQueries({ queryKey: firewallKeys.fwsets(connection.id) });
      notifications.show({
        color: 'teal',
        title: 'Entry added',
        message: `${values.entry} in ${set.name}`,
      });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400) {
        form.setError('entry', { message: error.message }, { shouldFocus: true });
      }
    },
  });
  const { errors } = form.formState;

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={3} size="h5" ff="monospace">
              {set.name}
            </Title>
            <Badge variant="light">{set.type}</Badge>
          </Group>
          <Group gap="sm">
            <Text size="sm" c="dimmed">
              {set.description}
            </Text>
            <Button
              size="compact-xs"
              variant="light"
              color="red"
              aria-label={`Delete fwset ${set.name}`}
              onClick={onDelete}
            >
              Delete fwset
            </Button>
          </Group>
        </Group>
        {set.entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            No entries yet.
          </Text>
        ) : (
          <Table aria-label={`Entries of ${set.name}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Entry</Table.Th>
                <Table.Th>Comment</Table.Th>
                <Table.Th w={100}>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {set.entries.map((entry) => (
                <Table.Tr key={entry.entry}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {entry.entry}
                    </Text>
                  </Table.Td>
                  <Table.Td>{entry.comment}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="red"
                      aria-label={`Remove ${entry.entry} from ${set.name}`}
                      onClick={() => onRemoveEntry(entry.entry)}
                    >
                      Remove
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <form
          onSubmit={form.handleSubmit((values) => add.mutate(values))}
          noValidate
          aria-label={`Add an entry to ${set.name}`}
        >
          <Stack gap="xs">
            <MutationError error={add.error} title="The entry was not added" />
            <Group align="flex-start">
              <TextInput
                label={`New entry for ${set.name}`}
                description={ENTRY_HINT[set.type]}
                error={errors.entry?.message}
                {...form.register('entry')}
              />
              <TextInput
                label={`Comment for the new ${set.name} entry`}
                error={errors.comment?.message}
                {...form.register('comment')}
              />
            </Group>
            <Group>
              <Button type="submit" size="xs" variant="light" loading={add.isPending}>
                Add entry to {set.name}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}

/** Fwsets: named address, port, service or value lists that rules match against. */
export function FwsetsSection() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const sets = useQuery(fwsetsQuery(connection.id, client));
  const [pending, setPending] = useState<Pending | null>(null);
  const form = useForm<SetFormValues>({
    resolver: zodResolver(setFormSchema),
    defaultValues: { name: '', type: 'net', description: '' },
  });
  const invalidate = () =>
    queryClient.invalidateQueries({ queryKey: firewallKeys.fwsets(connection.id) });
  const create = useMutation({
    mutationFn: (values: SetFormValues) => createFwset(client, values),
    onSuccess: async (set) => {
      form.reset();
      await invalidate();
      notifications.show({ color: 'teal', title: 'Fwset created', message: set.name });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400 && /name|exists/i.test(error.message)) {
        form.setError('name', { message: error.message }, { shouldFocus: true });
      }
    },
  });
  const remove = useMutation({
    mutationFn: async (target: Pending) => {
      if (target.kind === 'set') await deleteFwset(client, target.name);
      else await removeFwsetEntry(client, target.name, target.entry);
    },
    onSuccess: async (_data, target) => {
      setPending(null);
      await invalidate();
      notifications.show({
        color: 'teal',
        title: target.kind === 'set' ? 'Fwset deleted' : 'Entry removed',
        message: target.kind === 'set' ? target.name : `${target.entry} from ${target.name}`,
      });
    },
    onError: () => setPending(null),
  });
  const { errors } = form.formState;

  return (
    <Stack>
      <Title order={2}>Fwsets</Title>
      <MutationError error={remove.error} title="Nothing was removed" />
      <QueryBoundary query={sets} what="the fwsets">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No fwsets">Create one below.</EmptyState>
          ) : (
            <Stack>
              {list.map((set) => (
                <FwsetCard
                  key={set.name}
                  set={set}
                  onRemoveEntry={(entry) => setPending({ kind: 'entry', name: set.name, entry })}
                  onDelete={() => setPending({ kind: 'set', name: set.name })}
                />
              ))}
            </Stack>
          )
        }
      </QueryBoundary>
      <Paper withBorder p="md" radius="md" maw={640}>
        <form onSubmit={form.handleSubmit((values) => create.mutate(values))} noValidate>
          <Stack>
            <Title order={3} size="h5">
              New fwset
            </Title>
            <MutationError error={create.error} title="The fwset was not created" />
            <TextInput
              label="Fwset name"
              required
              error={errors.name?.message}
              {...form.register('name')}
            />
            <Controller
              control={form.control}
              name="type"
              render={({ field }) => (
                <Select
                  label="Type"
                  allowDeselect={false}
                  data={FWSET_TYPES.map((type) => ({ value: type, label: type }))}
                  value={field.value}
                  onChange={(value) => field.onChange((value ?? 'net') as FwsetType)}
                />
              )}
            />
            <TextInput
              label="Fwset description"
              error={errors.description?.message}
              {...form.register('description')}
            />
            <Group>
              <Button type="submit" loading={create.isPending}>
                Create fwset
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <ConfirmDialog
        opened={pending !== null}
        title={
          pending?.kind === 'entry'
            ? `Remove ${pending.entry}?`
            : `Delete fwset ${pending?.name ?? ''}?`
        }
        confirmLabel={pending?.kind === 'entry' ? 'Remove entry' : 'Delete fwset'}
        loading={remove.isPending}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && remove.mutate(pending)}
      >
        {pending?.kind === 'entry'
          ? `${pending.entry} leaves ${pending.name}; rules using the set stop matching it.`
          : `${pending?.name ?? ''} and its entries are deleted, even if rules refer to it.`}
      </ConfirmDialog>
    </Stack>
  );
}
