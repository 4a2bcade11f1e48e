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
import { groupNameSchema } from '../api/groups';
import { firewallKeys } from '../api/keys';
import {
  SUBTABLE_TYPES,
  type Subtable,
  addSubtableRule,
  createSubtable,
  deleteSubtable,
  deleteSubtableRule,
  subtableRuleMessage,
  subtablesQuery,
} from '../api/subtables';
import { variableMap, variablesQuery } from '../api/variables';
import { MutationError } from './MutationError';

const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

const tableFormSchema = z.object({
  name: groupNameSchema,
  type: z.enum(SUBTABLE_TYPES),
  description: z.string().check(z.maxLength(255, 'At most 255 characters')),
});
type TableFormValues = z.infer<typeof tableFormSchema>;

function ruleFormSchema(type: string, variables: ReadonlyMap<string, string>) {
  return z.object({
    rule: z.string().check(
      z.refine((rule) => subtableRuleMessage(type, rule, variables) === null, {
        error: (issue) =>
          subtableRuleMessage(type, String(issue.input), variables) ?? 'Invalid rule',
      }),
    ),
    comment: z.string().check(z.maxLength(255, 'At most 255 characters')),
  });
}
type RuleFormValues = z.infer<ReturnType<typeof ruleFormSchema>>;

type Pending =
  { kind: 'table'; name: string } | { kind: 'rule'; name: string; id: number; rule: string };

function SubtableCard({
  table,
  variables,
  onDelete,
  onDeleteRule,
}: {
  table: Subtable;
  variables: ReadonlyMap<string, string>;
  onDelete: () => void;
  onDeleteRule: (id: number, rule: string) => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const schema = useMemo(() => ruleFormSchema(table.type, variables), [table.type, variables]);
  const form = useForm<RuleFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { rule: '', comment: '' },
  });
  const add = useMutation({
    mutationFn: (values: RuleFormValues) =>
      addSubtableRule(client, table.name, { rule: values.rule.trim(), comment: values.comment }),
    onSuccess: async (_data, values) => {
      form.reset();
      await queryClient.invalidateQueries({ queryKey: firewallKeys.subtables(connection.id) });
      notifications.show({
        color: 'teal',
        title: 'Rule added',
        message: `${values.rule.trim()} in ${table.name}`,
      });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400) {
        form.setError('rule', { message: error.message }, { shouldFocus: true });
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
              {table.name}
            </Title>
            <Badge variant="light">{table.type}</Badge>
          </Group>
          <Group gap="sm">
            <Text size="sm" c="dimmed">
              {table.description}
            </Text>
            <Button
              size="compact-xs"
              variant="light"
              color="red"
              aria-label={`Delete subtable ${table.name}`}
              onClick={onDelete}
            >
              Delete subtable
            </Button>
          </Group>
        </Group>
        {table.rules.length === 0 ? (
          <Text size="sm" c="dimmed">
            No rules yet.
          </Text>
        ) : (
          <Table aria-label={`Rules of ${table.name}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Rule</Table.Th>
                <Table.Th>Comment</Table.Th>
                <Table.Th w={100}>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rules.map((rule, index) => (
                <Table.Tr key={rule.id}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {rule.rule}
                      {rule.disabled ? ' (disabled)' : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>{rule.comment}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="red"
                      aria-label={`Delete rule ${index} of ${table.name}`}
                      onClick={() => onDeleteRule(rule.id, rule.rule)}
                    >
                      Delete
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <form onSubmit={form.handleSubmit((values) => add.mutate(values))} noValidate>
          <Stack gap="xs">
            <MutationError error={add.error} title="The rule was not added" />
            <Group align="flex-start" grow>
              <TextInput
                label={`New rule for ${table.name}`}
                description={`Without the chain: it runs in ${table.type}, e.g. -p tcp --dport 22 -j ACCEPT`}
                styles={MONO_INPUT}
                spellCheck={false}
                error={errors.rule?.message}
                {...form.register('rule')}
              />
              <TextInput
                label={`Comment for the new ${table.name} rule`}
                error={errors.comment?.message}
                {...form.register('comment')}
              />
            </Group>
            <Group>
              <Button type="submit" size="xs" variant="light" loading={add.isPending}>
                Add rule to {table.name}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}

/** Subtables: named rule tables a main table jumps to. */
export function SubtablesSection() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const subtables = useQuery(subtablesQuery(connection.id, client));
  const variables = useQuery(variablesQuery(connection.id, client));
  const values = useMemo(() => variableMap(variables.data ?? []), [variables.data]);
  const [pending, setPending] = useState<Pending | null>(null);
  const form = useForm<TableFormValues>({
    resolver: zodResolver(tableFormSchema),
    defaultValues: { name: '', type: 'input', description: '' },
  });
  const invalidate = () =>
    queryClient.invalidateQueries({ queryKey: firewallKeys.subtables(connection.id) });
  const create = useMutation({
    mutationFn: (next: TableFormValues) => createSubtable(client, next),
    onSuccess: async (table) => {
      form.reset();
      await invalidate();
      notifications.show({ color: 'teal', title: 'Subtable created', message: table.name });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400 && /name|exists/i.test(error.message)) {
        form.setError('name', { message: error.message }, { shouldFocus: true });
      }
    },
  });
  const remove = useMutation({
    mutationFn: async (target: Pending) => {
      if (target.kind === 'table') await deleteSubtable(client, target.name);
      else await deleteSubtableRule(client, target.name, target.id);
    },
    onSuccess: async (_data, target) => {
      setPending(null);
      await invalidate();
      notifications.show({
        color: 'teal',
        title: target.kind === 'table' ? 'Subtable deleted' : 'Rule deleted',
        message: target.kind === 'table' ? target.name : `${target.rule} from ${target.name}`,
      });
    },
    onError: () => setPending(null),
  });
  const { errors } = form.formState;

  return (
    <Stack>
      <Title order={2}>Subtables</Title>
      <MutationError error={remove.error} title="Nothing was deleted" />
      <QueryBoundary query={subtables} what="the subtables">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No subtables">Create one below.</EmptyState>
          ) : (
            <Stack>
              {list.map((table) => (
                <SubtableCard
                  key={table.name}
                  table={table}
                  variables={values}
                  onDelete={() => setPending({ kind: 'table', name: table.name })}
                  onDeleteRule={(id, rule) =>
                    setPending({ kind: 'rule', name: table.name, id, rule })
                  }
                />
              ))}
            </Stack>
          )
        }
      </QueryBoundary>
      <Paper withBorder p="md" radius="md" maw={640}>
        <form onSubmit={form.handleSubmit((next) => create.mutate(next))} noValidate>
          <Stack>
            <Title order={3} size="h5">
              New subtable
            </Title>
            <MutationError error={create.error} title="The subtable was not created" />
            <TextInput
              label="Subtable name"
              required
              error={errors.name?.message}
              {...form.register('name')}
            />
            <Controller
              control={form.control}
              name="type"
              render={({ field }) => (
                <Select
                  label="Main table"
                  allowDeselect={false}
                  data={[...SUBTABLE_TYPES]}
                  value={field.value}
                  onChange={(value) => field.onChange(value ?? 'input')}
                />
              )}
            />
            <TextInput
              label="Subtable description"
              error={errors.description?.message}
              {...form.register('description')}
            />
            <Group>
              <Button type="submit" loading={create.isPending}>
                Create subtable
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <ConfirmDialog
        opened={pending !== null}
        title={
          pending?.kind === 'rule'
            ? `Delete a rule of ${pending.name}?`
            : `Delete subtable ${pending?.name ?? ''}?`
        }
        confirmLabel={pending?.kind === 'rule' ? 'Delete rule' : 'Delete subtable'}
        loading={remove.isPending}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && remove.mutate(pending)}
      >
        {pending?.kind === 'rule'
          ? `“${pending.rule}” is removed from ${pending.name}.`
          : `${pending?.name ?? ''} and its rules are deleted, even if a main-table rule jumps to it.`}
      </ConfirmDialog>
    </Stack>
  );
}
