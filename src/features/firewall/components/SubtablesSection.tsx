import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useMemo, useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
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
import { NewSetForm } from './NewSetForm';
import { type AddItem, SetItemsCard } from './SetItemsCard';

const EditSubtableDialog = lazy(async () => ({
  default: (await import('./EditSubtableDialog')).EditSubtableDialog,
}));

type Pending =
  { kind: 'table'; name: string } | { kind: 'rule'; name: string; id: number; rule: string };

function SubtableCard({
  table,
  variables,
  onEdit,
  onPending,
}: {
  table: Subtable;
  variables: ReadonlyMap<string, string>;
  onEdit: () => void;
  onPending: (pending: Pending) => void;
}) {
  const { connection, client } = useConnectionClient();
  const add = useMemo<AddItem>(
    () => ({
      hint: `Without the chain: it runs in ${table.type}, e.g. -p tcp --dport 22 -j ACCEPT`,
      check: (rule) => subtableRuleMessage(table.type, rule, variables),
      add: ({ value, comment }) => addSubtableRule(client, table.name, { rule: value, comment }),
      invalidate: firewallKeys.subtables(connection.id),
    }),
    [client, connection.id, table.name, table.type, variables],
  );
  return (
    <SetItemsCard
      noun="subtable"
      name={table.name}
      type={table.type}
      description={table.description ?? ''}
      items={table.rules.map((rule) => ({
        key: String(rule.id),
        value: rule.rule,
        comment: rule.comment ?? '',
        disabled: rule.disabled,
      }))}
      removeLabel={(_item, index) => `Delete rule ${index} of ${table.name}`}
      onRemove={(item) =>
        onPending({ kind: 'rule', name: table.name, id: Number(item.key), rule: item.value })
      }
      onEdit={onEdit}
      onDelete={() => onPending({ kind: 'table', name: table.name })}
      add={add}
    />
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
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: async (target: Pending) => {
      if (target.kind === 'table') await deleteSubtable(client, target.name);
      else await deleteSubtableRule(client, target.name, target.id);
    },
    onSuccess: async (_data, target) => {
      setPending(null);
      await queryClient.invalidateQueries({ queryKey: firewallKeys.subtables(connection.id) });
      notifications.show({
        color: 'teal',
        title: target.kind === 'table' ? 'Subtable deleted' : 'Rule deleted',
        message: target.kind === 'table' ? target.name : `${target.rule} from ${target.name}`,
      });
    },
    onError: () => setPending(null),
  });

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
                  onEdit={() => setEditing(table.name)}
                  onPending={setPending}
                />
              ))}
            </Stack>
          )
        }
      </QueryBoundary>
      <NewSetForm
        noun="subtable"
        typeLabel="Main table"
        types={SUBTABLE_TYPES}
        defaultType="input"
        create={(table) => createSubtable(client, table)}
        invalidate={firewallKeys.subtables(connection.id)}
      />
      <Suspense fallback={null}>
        {editing ? (
          <EditSubtableDialog name={editing} variables={values} onClose={() => setEditing(null)} />
        ) : null}
      </Suspense>
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
