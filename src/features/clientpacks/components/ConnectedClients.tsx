import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { memo, useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import { VirtualTable } from '@/components/VirtualTable';
import { type ConnectedClient, connectedClientsQuery } from '../api/clientpacks';
import { clientpackKeys } from '../api/keys';
import { disconnectClientpack } from '../api/mutations';
import { MutationError } from './MutationError';

/** A pack is named after its overlay IP with underscores: 100.127.255.194 → 100_127_255_194. */
const packNameOf = (overlayIp: string) => overlayIp.replaceAll('.', '_');

const ROW_HEIGHT = 41;

/** Memoized so that scrolling renders only the rows that come into view. */
const ClientCells = memo(function ClientCells({
  item,
  onDisconnect,
}: {
  item: ConnectedClient;
  onDisconnect: (item: ConnectedClient) => void;
}) {
  const tags = Object.entries(item.tags ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
  return (
    <>
      <Table.Td>{item.overlay_ipaddress}</Table.Td>
      <Table.Td>{item.ipaddress}</Table.Td>
      <Table.Td>{item.managerid ?? ''}</Table.Td>
      <Table.Td>
        <Text size="sm" truncate="end" title={tags}>
          {tags}
        </Text>
      </Table.Td>
      <Table.Td>
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          aria-label={`Disconnect ${item.overlay_ipaddress}`}
          onClick={() => onDisconnect(item)}
        >
          Disconnect
        </Button>
      </Table.Td>
    </>
  );
});

/**
 * GET /status/clients: who is connected to the overlay right now; each can be disconnected.
 * Virtualized: a large overlay can have thousands of clients connected at once.
 */
export function ConnectedClients() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const clients = useQuery(connectedClientsQuery(connection.id, client));
  const [confirm, setConfirm] = useState<ConnectedClient | null>(null);
  const disconnect = useMutation({
    mutationFn: (item: ConnectedClient) =>
      disconnectClientpack(client, packNameOf(item.overlay_ipaddress)),
    onSuccess: async (_result, item) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: clientpackKeys.clients(connection.id) }),
        queryClient.invalidateQueries({ queryKey: clientpackKeys.list(connection.id) }),
        queryClient.invalidateQueries({
          queryKey: clientpackKeys.detail(connection.id, packNameOf(item.overlay_ipaddress)),
        }),
      ]);
      notifications.show({
        color: 'teal',
        title: 'Client disconnected',
        message: `${packNameOf(item.overlay_ipaddress)} (${item.overlay_ipaddress})`,
      });
    },
    onSettled: () => setConfirm(null),
  });
  return (
    <Stack>
      <Title order={2}>Connected clients</Title>
      <MutationError error={disconnect.error} title="The client was not disconnected" />
      <QueryBoundary query={clients} what="the connected clients">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No connected clients">No overlay client is connected.</EmptyState>
          ) : (
            <VirtualTable
              label="Connected clients"
              count={list.length}
              rowHeight={ROW_HEIGHT}
              minWidth={620}
              maxHeight="50vh"
              rowKey={(index) => list[index]?.overlay_ipaddress ?? String(index)}
              header={
                <>
                  <Table.Th>Overlay IP</Table.Th>
                  <Table.Th>Client IP</Table.Th>
                  <Table.Th>Controller</Table.Th>
                  <Table.Th>Tags</Table.Th>
                  <Table.Th w={130}>Actions</Table.Th>
                </>
              }
              renderCells={(index) => {
                const item = list[index];
                return item ? <ClientCells item={item} onDisconnect={setConfirm} /> : null;
              }}
            />
          )
        }
      </QueryBoundary>
      <ConfirmDialog
        opened={confirm !== null}
        title={`Disconnect ${confirm?.overlay_ipaddress ?? ''}?`}
        confirmLabel="Disconnect client"
        loading={disconnect.isPending}
        onCancel={() => setConfirm(null)}
        onConfirm={() => confirm && disconnect.mutate(confirm)}
      >
        The client {confirm?.ipaddress ? `at ${confirm.ipaddress} ` : ''}using clientpack{' '}
        {confirm ? packNameOf(confirm.overlay_ipaddress) : ''} is forced off the overlay. It can
        reconnect unless the pack is disabled.
      </ConfirmDialog>
    </Stack>
  );
}
