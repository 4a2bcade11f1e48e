import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useMemo, useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { PrerequisiteBanner } from '@/components/vns3/PrerequisiteBanner';
import { type Clientpack, type PackStatus, clientpacksQuery, packStatus } from '../api/clientpacks';
import { matchesSearch } from '../api/forms';
import { clientpackKeys } from '../api/keys';
import {
  regenerateClientpack,
  removeClientpackTag,
  resetAllClients,
  resetClient,
  updateClientpack,
} from '../api/mutations';
import { BulkActions } from '../components/BulkActions';
import { ConnectedClients } from '../components/ConnectedClients';
import { DownloadDialog } from '../components/DownloadDialog';
import { MutationError } from '../components/MutationError';
import { type PackAction, PackTable } from '../components/PackTable';
import { TagDialog } from '../components/TagDialog';
import { AddPacksDialog, NextAvailableDialog, PackDetailDialog } from '../components/lazyDialogs';

type Confirm =
  | { kind: 'disable' | 'regenerate' | 'reset'; pack: Clientpack }
  | { kind: 'untag'; pack: Clientpack; key: string }
  | { kind: 'resetAll' };

type Change = Confirm | { kind: 'enable' | 'checkout' | 'checkin'; pack: Clientpack };

const CONFIRM_TEXT: Record<Confirm['kind'], { title: string; label: string }> = {
  disable: { title: 'Disable', label: 'Disable pack' },
  regenerate: { title: 'Regenerate', label: 'Regenerate' },
  reset: { title: 'Reset the connection of', label: 'Reset connection' },
  untag: { title: 'Remove a tag from', label: 'Remove tag' },
  resetAll: { title: 'Reset all clients', label: 'Reset all clients' },
};

function describe(change: Confirm): string {
  switch (change.kind) {
    case 'disable':
      return `${change.pack.name} can no longer connect; a connected client is dropped.`;
    case 'regenerate':
      return `${change.pack.name} gets new keys: its current files stop working and a connected client is dropped.`;
    case 'reset':
      return `The client using ${change.pack.name} (${change.pack.overlay_ipaddress}) is disconnected and must reconnect.`;
    case 'untag':
      return `The tag ${change.key} is removed from ${change.pack.name}.`;
    case 'resetAll':
      return 'Every connected overlay client is disconnected at once and must reconnect.';
  }
}

async function apply(
  client: Parameters<typeof updateClientpack>[0],
  change: Change,
): Promise<string> {
  switch (change.kind) {
    case 'enable':
    case 'disable':
      await updateClientpack(client, change.pack.name, { enabled: change.kind === 'enable' });
      return `${change.pack.name} ${change.kind === 'enable' ? 'enabled' : 'disabled'}`;
    case 'checkout':
    case 'checkin':
      await updateClientpack(client, change.pack.name, { checked_out: change.kind === 'checkout' });
      return `${change.pack.name} checked ${change.kind === 'checkout' ? 'out' : 'in'}`;
    case 'regenerate':
      await regenerateClientpack(client, change.pack.name);
      return `${change.pack.name} regenerated`;
    case 'reset':
      await resetClient(client, change.pack.name);
      return `${change.pack.name} reset`;
    case 'untag':
      await removeClientpackTag(client, change.pack.name, change.key);
      return `Tag ${change.key} removed from ${change.pack.name}`;
    case 'resetAll': {
      const { resetting = [] } = await resetAllClients(client);
      return `${resetting.length} clients reset`;
    }
  }
}

const STATUS_FILTERS = [
  { value: 'all', label: 'All' },
  { value: 'connected', label: 'Connected' },
  { value: 'available', label: 'Available' },
  { value: 'disabled', label: 'Disabled' },
  { value: 'checked-out', label: 'Checked out' },
];

/** Overlay clientpacks: status, enable/disable, check out, tags, downloads and resets. */
export function ClientpacksPage() {
  return (
    <Stack>
      <PageHeader
        title="Client packs"
        description="One clientpack per overlay IP: the credentials a client uses to join the overlay network."
      />
      <PrerequisiteBanner needs="keyset">
        <Clientpacks />
      </PrerequisiteBanner>
    </Stack>
  );
}

function Clientpacks() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const packs = useQuery(clientpacksQuery(connection.id, client));
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<string>('all');
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);
  const [tagging, setTagging] = useState<string | null>(null);
  const [nextOpen, setNextOpen] = useState(false);
  const [adding, setAdding] = useState(false);
  const [details, setDetails] = useState<string | null>(null);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const change = useMutation({
    mutationFn: (next: Change) => apply(client, next),
    onSuccess: async (message, next) => {
      setConfirm(null);
      const affectsClients = ['disable', 'regenerate', 'reset', 'resetAll', 'untag'].includes(
        next.kind,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: clientpackKeys.list(connection.id) }),
        'pack' in next
          ? queryClient.invalidateQueries({
              queryKey: clientpackKeys.detail(connection.id, next.pack.name),
            })
          : null,
        affectsClients
          ? queryClient.invalidateQueries({ queryKey: clientpackKeys.clients(connection.id) })
          : null,
      ]);
      notifications.show({ color: 'teal', title: 'Done', message });
    },
    onError: () => setConfirm(null),
  });
  const visible = useMemo(
    () =>
      (packs.data ?? []).filter(
        (pack) =>
          matchesSearch(pack, search) &&
          (status === 'all' ||
            (status === 'checked-out'
              ? pack.checked_out === true
              : packStatus(pack) === (status as PackStatus))),
      ),
    [packs.data, search, status],
  );
  // Packs that disappeared from the list cannot stay selected.
  const selected = useMemo(
    () => (packs.data ?? []).map((pack) => pack.name).filter((name) => selection.has(name)),
    [packs.data, selection],
  );
  const existingIps = useMemo(
    () => (packs.data ?? []).map((pack) => pack.overlay_ipaddress),
    [packs.data],
  );

  function select(names: readonly string[], checked: boolean) {
    setSelection((current) => {
      const next = new Set(current);
      for (const name of names) {
        if (checked) next.add(name);
        else next.delete(name);
      }
      return next;
    });
  }

  function onAction(pack: Clientpack, action: PackAction) {
    switch (action) {
      case 'details':
        return setDetails(pack.name);
      case 'download':
        return setDownloading(pack.name);
      case 'tag':
        return setTagging(pack.name);
      case 'disable':
      case 'regenerate':
      case 'reset':
        return setConfirm({ kind: action, pack });
      default:
        return change.mutate({ kind: action, pack });
    }
  }

  return (
    <Stack gap="xl">
      <Stack>
        <Group justify="space-between" align="flex-end">
          <Group align="flex-end">
            <TextInput
              label="Search clientpacks"
              placeholder="Name, IP or tag"
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              w={260}
            />
            <Select
              label="Status"
              allowDeselect={false}
              data={STATUS_FILTERS}
              value={status}
              onChange={(value) => setStatus(value ?? 'all')}
              w={180}
            />
          </Group>
          <Group gap="xs">
            <Button variant="default" onClick={() => setAdding(true)}>
              Add clientpacks
            </Button>
            <Button onClick={() => setNextOpen(true)}>Check out next available</Button>
            <Button color="red" variant="light" onClick={() => setConfirm({ kind: 'resetAll' })}>
              Reset all clients
            </Button>
          </Group>
        </Group>
        <MutationError error={change.error} title="The change failed" />
        <QueryBoundary query={packs} what="the clientpacks" skeletonHeight={240}>
          {(all) =>
            all.length === 0 ? (
              <EmptyState title="No clientpacks">
                This controller has no clientpacks yet.
              </EmptyState>
            ) : (
              <Stack gap="xs">
                <Text size="sm" c="dimmed" aria-live="polite">
                  Showing {visible.length} of {all.length} clientpacks
                </Text>
                <BulkActions
                  selected={selected}
                  total={all.length}
                  onClearSelection={() => setSelection(new Set())}
                />
                {visible.length === 0 ? (
                  <EmptyState title="No matching clientpacks">
                    Change the search or the status filter.
                  </EmptyState>
                ) : (
                  <PackTable
                    packs={visible}
                    selected={selection}
                    onSelect={select}
                    onAction={onAction}
                    onRemoveTag={(pack, key) => setConfirm({ kind: 'untag', pack, key })}
                  />
                )}
              </Stack>
            )
          }
        </QueryBoundary>
      </Stack>
      <ConnectedClients />
      <ConfirmDialog
        opened={confirm !== null}
        title={
          confirm
            ? confirm.kind === 'resetAll'
              ? 'Reset all clients?'
              : `${CONFIRM_TEXT[confirm.kind].title} ${confirm.pack.name}?`
            : ''
        }
        confirmLabel={confirm ? CONFIRM_TEXT[confirm.kind].label : ''}
        loading={change.isPending}
        onCancel={() => setConfirm(null)}
        onConfirm={() => confirm && change.mutate(confirm)}
      >
        {confirm ? describe(confirm) : ''}
      </ConfirmDialog>
      <DownloadDialog name={downloading} onClose={() => setDownloading(null)} />
      <TagDialog name={tagging} onClose={() => setTagging(null)} />
      <Suspense fallback={null}>
        {details ? <PackDetailDialog name={details} onClose={() => setDetails(null)} /> : null}
        {adding ? (
          <AddPacksDialog opened existingIps={existingIps} onClose={() => setAdding(false)} />
        ) : null}
        {nextOpen ? (
          <NextAvailableDialog
            opened
            onClose={() => setNextOpen(false)}
            onDownload={setDownloading}
          />
        ) : null}
      </Suspense>
    </Stack>
  );
}
