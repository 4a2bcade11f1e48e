import { Button, Code, Group, Paper, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { saveBgpPeer } from '../api/bgpPeer';
import { type BgpPeer, type Endpoint, storeEndpoint } from '../api/ipsec';
import { tunnelsKeys } from '../api/keys';
import { BgpPeerDetailDialog } from './BgpPeerDetailDialog';
import { BgpPeerDialog } from './BgpPeerDialog';
import { MutationError } from './MutationError';

export function BgpPeersSection({ endpoint }: { endpoint: Endpoint }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<BgpPeer | 'new' | null>(null);
  const [deleting, setDeleting] = useState<BgpPeer | null>(null);
  const [viewing, setViewing] = useState<BgpPeer | null>(null);
  const remove = useMutation({
    mutationFn: (peer: BgpPeer) => saveBgpPeer(client, endpoint.id, null, peer.id),
    onSuccess: (saved, peer) => {
      storeEndpoint(queryClient, connection.id, saved);
      queryClient.removeQueries({
        queryKey: tunnelsKeys.bgpPeer(connection.id, endpoint.id, peer.id),
      });
      setDeleting(null);
      notifications.show({ color: 'teal', title: 'eBGP peer deleted', message: peer.ipaddress });
    },
    onError: () => setDeleting(null),
  });

  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          eBGP peers
        </Title>
        <Button size="xs" onClick={() => setEditing('new')}>
          Add eBGP peer
        </Button>
      </Group>
      <MutationError error={remove.error} title="The eBGP peer was not deleted" />
      {endpoint.bgpPeers.length === 0 ? (
        <Text size="sm" c="dimmed">
          No eBGP peers on this endpoint.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table aria-label="eBGP peers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Peer IP</Table.Th>
                <Table.Th>ASN</Table.Th>
                <Table.Th>Hold / keepalive</Table.Th>
                <Table.Th>Access list</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {endpoint.bgpPeers.map((peer) => (
                <Table.Tr key={peer.id}>
                  <Table.Td ff="monospace">{peer.ipaddress}</Table.Td>
                  <Table.Td>{peer.asn}</Table.Td>
                  <Table.Td>
                    {peer.hold_time ?? '—'} s / {peer.keepalive_interval ?? '—'} s
                  </Table.Td>
                  <Table.Td>
                    {peer.access_list ? <Code block>{peer.access_list}</Code> : '—'}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        aria-label={`Details of eBGP peer ${peer.ipaddress}`}
                        onClick={() => setViewing(peer)}
                      >
                        Details
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        aria-label={`Edit eBGP peer ${peer.ipaddress}`}
                        onClick={() => setEditing(peer)}
                      >
                        Edit
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Delete eBGP peer ${peer.ipaddress}`}
                        onClick={() => setDeleting(peer)}
                      >
                        Delete
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing ? (
        <BgpPeerDialog
          endpoint={endpoint}
          {...(editing === 'new' ? {} : { peer: editing })}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {viewing ? (
        <BgpPeerDetailDialog endpoint={endpoint} peer={viewing} onClose={() => setViewing(null)} />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete eBGP peer"
        confirmLabel="Delete peer"
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      >
        Delete the eBGP peer {deleting?.ipaddress} (AS {deleting?.asn}) of {endpoint.name}?
      </ConfirmDialog>
    </Paper>
  );
}
