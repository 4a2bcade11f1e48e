import { Button, Group, Paper, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ipsecStatusKey } from '@/api/vns3/ipsecStatus';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { type Endpoint, type Tunnel, storeEndpoint } from '../api/ipsec';
import { tunnelsKeys } from '../api/keys';
import { deleteTunnel, tunnelAction } from '../api/subnetPair';
import { LinkHistoryDialog } from './LinkHistoryDialog';
import { MutationError } from './MutationError';
import { SubnetPairDialog } from './SubnetPairDialog';
import { TunnelsTable } from './TunnelsTable';

type Action = 'bounce' | 'enable' | 'disable' | 'delete';

const describe = (tunnel: Tunnel) => `${tunnel.local_subnet} ↔ ${tunnel.remote_subnet}`;

export function EndpointTunnels({ endpoint }: { endpoint: Endpoint }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Tunnel | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Tunnel | null>(null);
  const [history, setHistory] = useState<Tunnel | null>(null);
  const act = useMutation({
    mutationFn: async ({ tunnel, action }: { tunnel: Tunnel; action: Action }) => {
      if (action === 'delete') return deleteTunnel(client, endpoint.id, tunnel.id);
      const saved = await tunnelAction(
        client,
        endpoint.id,
        tunnel.id,
        action === 'bounce' ? { bounce: true } : { enabled: action === 'enable' },
      );
      return {
        ...endpoint,
        tunnels: endpoint.tunnels.map((item) => (item.id === saved.id ? saved : item)),
      };
    },
    onSuccess: async (updated, { tunnel, action }) => {
      storeEndpoint(queryClient, connection.id, updated);
      setDeleting(null);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ipsecStatusKey(connection.id) }),
        queryClient.invalidateQueries({ queryKey: tunnelsKeys.history(connection.id, tunnel.id) }),
      ]);
      const done = { bounce: 'bounced', enable: 'enabled', disable: 'disabled', delete: 'deleted' };
      notifications.show({
        color: 'teal',
        title: `Tunnel ${done[action]}`,
        message: describe(tunnel),
      });
    },
    onError: () => setDeleting(null),
  });

  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          Tunnels
        </Title>
        <Button size="xs" onClick={() => setEditing('new')}>
          Add tunnel
        </Button>
      </Group>
      <MutationError error={act.error} title="The tunnel was not changed" />
      <TunnelsTable
        label="Tunnels"
        tunnels={endpoint.tunnels}
        actions={(tunnel) => (
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-xs"
              variant="subtle"
              aria-label={`Edit tunnel ${describe(tunnel)}`}
              onClick={() => setEditing(tunnel)}
            >
              Edit
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              aria-label={`Bounce tunnel ${describe(tunnel)}`}
              disabled={!tunnel.enabled || act.isPending}
              onClick={() => act.mutate({ tunnel, action: 'bounce' })}
            >
              Bounce
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              aria-label={`${tunnel.enabled ? 'Disable' : 'Enable'} tunnel ${describe(tunnel)}`}
              disabled={act.isPending}
              onClick={() => act.mutate({ tunnel, action: tunnel.enabled ? 'disable' : 'enable' })}
            >
              {tunnel.enabled ? 'Disable' : 'Enable'}
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              aria-label={`History of tunnel ${describe(tunnel)}`}
              onClick={() => setHistory(tunnel)}
            >
              History
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              aria-label={`Delete tunnel ${describe(tunnel)}`}
              onClick={() => setDeleting(tunnel)}
            >
              Delete
            </Button>
          </Group>
        )}
      />
      {editing ? (
        <SubnetPairDialog
          kind="tunnel"
          endpoint={endpoint}
          {...(editing === 'new' ? {} : { item: editing })}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {history ? <LinkHistoryDialog tunnel={history} onClose={() => setHistory(null)} /> : null}
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete tunnel"
        confirmLabel="Delete tunnel"
        loading={act.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && act.mutate({ tunnel: deleting, action: 'delete' })}
      >
        Delete the tunnel {deleting ? describe(deleting) : ''} of {endpoint.name}? Traffic between
        these subnets stops at once.
      </ConfirmDialog>
    </Paper>
  );
}
