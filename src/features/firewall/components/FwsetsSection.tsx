import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useMemo, useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  FWSET_TYPES,
  type Fwset,
  addFwsetEntry,
  createFwset,
  deleteFwset,
  fwsetEntryMessage,
  fwsetsQuery,
  removeFwsetEntry,
} from '../api/fwsets';
import { firewallKeys } from '../api/keys';
import { MutationError } from './MutationError';
import { NewSetForm } from './NewSetForm';
import { type AddItem, SetItemsCard } from './SetItemsCard';

const EditFwsetDialog = lazy(async () => ({
  default: (await import('./EditFwsetDialog')).EditFwsetDialog,
}));

const ENTRY_HINT: Record<string, string> = {
  net: 'An IPv4 address or CIDR, e.g. 10.0.0.0/24',
  port: 'A port or range, e.g. 443 or 8000:8080',
  service: 'protocol:port, e.g. tcp:443',
  list: 'Any value',
};

type Pending = { kind: 'set'; name: string } | { kind: 'entry'; name: string; entry: string };

function FwsetCard({
  set,
  onEdit,
  onPending,
}: {
  set: Fwset;
  onEdit: () => void;
  onPending: (pending: Pending) => void;
}) {
  const { connection, client } = useConnectionClient();
  const add = useMemo<AddItem>(
    () => ({
      hint: ENTRY_HINT[set.type] ?? '',
      check: (entry) => fwsetEntryMessage(set.type, entry),
      add: ({ value, comment }) => addFwsetEntry(client, set.name, { entry: value, comment }),
      invalidate: firewallKeys.fwsets(connection.id),
    }),
    [client, connection.id, set.name, set.type],
  );
  return (
    <SetItemsCard
      noun="fwset"
      name={set.name}
      type={set.type}
      description={set.description ?? ''}
      items={set.entries.map((entry) => ({
        key: entry.entry,
        value: entry.entry,
        comment: entry.comment ?? '',
      }))}
      removeLabel={(item) => `Remove ${item.value} from ${set.name}`}
      onRemove={(item) => onPending({ kind: 'entry', name: set.name, entry: item.value })}
      onEdit={onEdit}
      onDelete={() => onPending({ kind: 'set', name: set.name })}
      add={add}
    />
  );
}

/** Fwsets: named address, port, service or value lists that rules match against. */
export function FwsetsSection() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const sets = useQuery(fwsetsQuery(connection.id, client));
  const [pending, setPending] = useState<Pending | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: async (target: Pending) => {
      if (target.kind === 'set') await deleteFwset(client, target.name);
      else await removeFwsetEntry(client, target.name, target.entry);
    },
    onSuccess: async (_data, target) => {
      setPending(null);
      await queryClient.invalidateQueries({ queryKey: firewallKeys.fwsets(connection.id) });
      notifications.show({
        color: 'teal',
        title: target.kind === 'set' ? 'Fwset deleted' : 'Entry removed',
        message: target.kind === 'set' ? target.name : `${target.entry} from ${target.name}`,
      });
    },
    onError: () => setPending(null),
  });

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
                  onEdit={() => setEditing(set.name)}
                  onPending={setPending}
                />
              ))}
            </Stack>
          )
        }
      </QueryBoundary>
      <NewSetForm
        noun="fwset"
        typeLabel="Type"
        types={FWSET_TYPES}
        defaultType="net"
        create={(values) =>
          createFwset(client, {
            ...values,
            type: FWSET_TYPES.find((type) => type === values.type) ?? 'net',
          })
        }
        invalidate={firewallKeys.fwsets(connection.id)}
      />
      <Suspense fallback={null}>
        {editing ? (
          <EditFwsetDialog
            name={editing}
            otherNames={(sets.data ?? []).map((set) => set.name).filter((name) => name !== editing)}
            onClose={() => setEditing(null)}
          />
        ) : null}
      </Suspense>
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
