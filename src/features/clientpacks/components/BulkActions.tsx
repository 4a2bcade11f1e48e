import { Button, Group, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import {
  type AllPacksChange,
  type SelectedChange,
  updateAllClientpacks,
  updateSelectedClientpacks,
} from '../api/bulk';
import { clientpackKeys } from '../api/keys';
import { MutationError } from './MutationError';

type Bulk =
  | { scope: 'selected'; label: string; change: SelectedChange }
  | { scope: 'all'; label: string; change: AllPacksChange };

const SELECTED: { label: string; change: SelectedChange; confirm?: boolean }[] = [
  { label: 'Enable', change: { enabled: true } },
  { label: 'Disable', change: { enabled: false }, confirm: true },
  { label: 'Check out', change: { checked_out: true } },
  { label: 'Check in', change: { checked_out: false } },
];

const ALL: { label: string; change: AllPacksChange }[] = [
  { label: 'Enable', change: { enabled: true } },
  { label: 'Disable', change: { enabled: false } },
  { label: 'Check out', change: { checked_out: true } },
  { label: 'Check in', change: { checked_out: false } },
  { label: 'Turn compression on for', change: { compression: 'on' } },
  { label: 'Turn compression off for', change: { compression: 'off' } },
];

function consequence(bulk: Bulk, count: number): string {
  const packs = bulk.scope === 'all' ? `all ${count} clientpacks` : `${count} selected clientpacks`;
  if ('enabled' in bulk.change && !bulk.change.enabled) {
    return `Disable ${packs}? Their clients can no longer connect and connected ones are dropped.`;
  }
  if ('compression' in bulk.change) {
    return `${bulk.label} ${packs}? Clients pick up the change when they reconnect.`;
  }
  return `${bulk.label} ${packs}?`;
}

/** Changes to several packs: the selected ones (one PUT /clientpack each) or all (PUT /clientpacks). */
export function BulkActions({
  selected,
  total,
  onClearSelection,
}: {
  selected: readonly string[];
  total: number;
  onClearSelection: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [confirm, setConfirm] = useState<Bulk | null>(null);
  const run = useMutation({
    mutationFn: async (bulk: Bulk) => {
      if (bulk.scope === 'all') {
        await updateAllClientpacks(client, bulk.change);
        return `${bulk.label} all ${total} clientpacks: done`;
      }
      const done = await updateSelectedClientpacks(client, selected, bulk.change);
      return `${bulk.label}: ${done} clientpacks changed`;
    },
    onSuccess: (message, bulk) => {
      notifications.show({ color: 'teal', title: 'Clientpacks changed', message });
      if (bulk.scope === 'selected') onClearSelection();
    },
    onSettled: async (_message, _error, bulk) => {
      setConfirm(null);
      // A partly applied change still changed packs: refresh in every case.
      const dropsClients = 'enabled' in bulk.change && !bulk.change.enabled;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: clientpackKeys.list(connection.id) }),
        queryClient.invalidateQueries({
          queryKey: [...clientpackKeys.all(connection.id), 'detail'],
        }),
        dropsClients
          ? queryClient.invalidateQueries({ queryKey: clientpackKeys.clients(connection.id) })
          : null,
      ]);
    },
  });

  return (
    <>
      <Group gap="xs" justify="space-between">
        <Group gap="xs" aria-label="Selected clientpacks" role="group">
          <Text size="sm" aria-live="polite">
            {selected.length} selected
          </Text>
          {SELECTED.map(({ label, change, confirm: ask }) => (
            <Button
              key={label}
              size="xs"
              variant="default"
              disabled={selected.length === 0 || run.isPending}
              loading={
                run.isPending && run.variables.scope === 'selected' && run.variables.label === label
              }
              onClick={() => {
                const bulk: Bulk = { scope: 'selected', label, change };
                if (ask) setConfirm(bulk);
                else run.mutate(bulk);
              }}
            >
              {label} selected{ask ? '…' : ''}
            </Button>
          ))}
          {selected.length > 0 ? (
            <Button size="xs" variant="subtle" onClick={onClearSelection}>
              Clear selection
            </Button>
          ) : null}
        </Group>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button
              size="xs"
              variant="default"
              loading={run.isPending && run.variables.scope === 'all'}
            >
              All packs
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {ALL.map(({ label, change }) => (
              <Menu.Item key={label} onClick={() => setConfirm({ scope: 'all', label, change })}>
                {label} all…
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <MutationError error={run.error} title="Not every clientpack was changed" />
      <ConfirmDialog
        opened={confirm !== null}
        title={
          confirm
            ? `${confirm.label} ${confirm.scope === 'all' ? 'all' : selected.length} clientpacks?`
            : ''
        }
        confirmLabel={
          confirm ? `${confirm.label} ${confirm.scope === 'all' ? 'all' : 'selected'}` : ''
        }
        loading={run.isPending}
        onCancel={() => setConfirm(null)}
        onConfirm={() => confirm && run.mutate(confirm)}
      >
        {confirm ? consequence(confirm, confirm.scope === 'all' ? total : selected.length) : ''}
      </ConfirmDialog>
    </>
  );
}
