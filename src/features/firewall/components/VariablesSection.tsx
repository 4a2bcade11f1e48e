import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { QueryBoundary } from '@/components/QueryBoundary';
import { firewallKeys } from '../api/keys';
import {
  type FirewallVariable,
  type VariableCollection,
  createVariable,
  deleteVariable,
  variableCollectionsQuery,
  variablesQuery,
} from '../api/variables';
import { type NewVariableValues, newVariableSchema } from '../api/variableForms';
import { EditDeleteButtons } from './EditDeleteButtons';
import { MutationError } from './MutationError';

const EditVariableDialog = lazy(async () => ({
  default: (await import('./EditVariableDialog')).EditVariableDialog,
}));

const collectionText = (collections: readonly VariableCollection[]) =>
  collections
    .map((item) => (item.prefix ? `${item.name} (names start with ${item.prefix})` : item.name))
    .join(', ');

function NewVariableForm({
  variables,
  collections,
}: {
  variables: readonly FirewallVariable[];
  collections: readonly VariableCollection[];
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const schema = useMemo(() => newVariableSchema(variables, collections), [variables, collections]);
  const form = useForm<NewVariableValues>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', value: '', description: '' },
  });
  const create = useMutation({
    mutationFn: (values: NewVariableValues) => createVariable(client, values),
    onSuccess: (list, values) => {
      // The answer is every variable: no need to read them again.
      queryClient.setQueryData(firewallKeys.variables(connection.id), list);
      form.reset();
      notifications.show({
        color: 'teal',
        title: 'Variable created',
        message: `\${${values.name}}`,
      });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400) {
        const field = /value/i.test(error.message) ? 'value' : 'name';
        form.setError(field, { message: error.message }, { shouldFocus: true });
      }
    },
  });
  const { errors } = form.formState;

  return (
    <Paper withBorder p="md" radius="md" maw={760}>
      <form onSubmit={form.handleSubmit((values) => create.mutate(values))} noValidate>
        <Stack>
          <Title order={3} size="h5">
            New variable
          </Title>
          <MutationError error={create.error} title="The variable was not created" />
          <Group align="flex-start" grow>
            <TextInput
              label="Variable name"
              description="Letters, digits and _; rules use it as ${name}."
              required
              ff="monospace"
              error={errors.name?.message}
              {...form.register('name')}
            />
            <TextInput
              label="Value"
              required
              error={errors.value?.message}
              {...form.register('value')}
            />
          </Group>
          <TextInput
            label="Variable description"
            error={errors.description?.message}
            {...form.register('description')}
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              Create variable
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The variables rules may use as `${name}`; custom ones are created, edited and deleted here. */
export function VariablesSection() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const variables = useQuery(variablesQuery(connection.id, client));
  const collections = useQuery(variableCollectionsQuery(connection.id, client));
  const [editing, setEditing] = useState<FirewallVariable | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (name: string) => deleteVariable(client, name),
    onSuccess: async (list, name) => {
      setDeleting(null);
      queryClient.setQueryData(firewallKeys.variables(connection.id), list);
      // Rules that used it no longer resolve the same way.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: firewallKeys.v2Rules(connection.id) }),
        queryClient.invalidateQueries({ queryKey: firewallKeys.subtables(connection.id) }),
      ]);
      notifications.show({ color: 'teal', title: 'Variable deleted', message: `\${${name}}` });
    },
    onError: () => setDeleting(null),
  });

  return (
    <Stack>
      <Title order={2}>Variables</Title>
      {collections.data ? (
        <Text size="sm" c="dimmed">
          Collections: {collectionText(collections.data)}
        </Text>
      ) : null}
      <MutationError error={remove.error} title="The variable was not deleted" />
      <QueryBoundary query={variables} what="the variables">
        {(list) => (
          <Stack>
            <Table.ScrollContainer minWidth={640}>
              <Table aria-label="Variables">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Variable</Table.Th>
                    <Table.Th>Value</Table.Th>
                    <Table.Th>Collection</Table.Th>
                    <Table.Th>Description</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((variable) => (
                    <Table.Tr key={`${variable.collection}:${variable.name}`}>
                      <Table.Td ff="monospace">{`\${${variable.name}}`}</Table.Td>
                      <Table.Td ff="monospace">{variable.value}</Table.Td>
                      <Table.Td>{variable.collection}</Table.Td>
                      <Table.Td>{variable.description}</Table.Td>
                      <Table.Td>
                        {variable.collection === 'custom' ? (
                          <Group gap={4} wrap="nowrap">
                            <EditDeleteButtons
                              what={`variable ${variable.name}`}
                              onEdit={() => setEditing(variable)}
                              onDelete={() => setDeleting(variable.name)}
                            />
                          </Group>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <NewVariableForm variables={list} collections={collections.data ?? []} />
          </Stack>
        )}
      </QueryBoundary>
      <Suspense fallback={null}>
        {editing ? (
          <EditVariableDialog variable={editing} onClose={() => setEditing(null)} />
        ) : null}
      </Suspense>
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete variable ${deleting ?? ''}?`}
        confirmLabel="Delete variable"
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      >
        {`\${${deleting ?? ''}}`} is removed; rules that use it stop resolving.
      </ConfirmDialog>
    </Stack>
  );
}
