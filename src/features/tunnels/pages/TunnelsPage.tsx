import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ipsecStatusKey } from '@/api/vns3/ipsecStatus';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { PrerequisiteBanner } from '@/components/vns3/PrerequisiteBanner';
import { ipsecQuery } from '../api/ipsec';
import { restartIpsec } from '../api/restartIpsec';
import { EndpointDialog } from '../components/EndpointDialog';
import { LocalAddressDialog } from '../components/LocalAddressDialog';
import { MutationError } from '../components/MutationError';
import { TunnelsTable } from '../components/TunnelsTable';

function Endpoints() {
  const { connection, client } = useConnectionClient();
  const tree = useQuery(ipsecQuery(connection.id, client));
  const [adding, setAdding] = useState(false);
  const [restarting, setRestarting] = useState(false);
  const [localAddress, setLocalAddress] = useState(false);
  const queryClient = useQueryClient();
  const restart = useMutation({
    mutationFn: () => restartIpsec(client),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ipsecStatusKey(connection.id) });
      notifications.show({
        color: 'teal',
        title: 'IPsec restarted',
        message: 'Tunnels are reconnecting.',
      });
    },
    onSettled: () => setRestarting(false),
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Live status refreshes every few seconds while this page is visible.
        </Text>
        <Group gap="xs">
          <Button variant="default" color="red" onClick={() => setRestarting(true)}>
            Restart IPsec
          </Button>
          <Button onClick={() => setAdding(true)}>Add endpoint</Button>
        </Group>
      </Group>
      <MutationError error={restart.error} title="IPsec was not restarted" />
      <QueryBoundary query={tree} what="the IPsec endpoints">
        {(tree) => (
          <>
            <Group gap="xs">
              {tree.thisEndpoint ? (
                <Text size="sm">
                  This controller: public {tree.thisEndpoint.ipaddress ?? '—'}, IPsec local{' '}
                  {tree.thisEndpoint.ipsec_local_ipaddress ?? '—'}, overlay{' '}
                  {tree.thisEndpoint.overlay_subnet ?? '—'}
                  {tree.thisEndpoint.asn ? `, AS ${tree.thisEndpoint.asn}` : ''}
                </Text>
              ) : null}
              <Button size="compact-xs" variant="subtle" onClick={() => setLocalAddress(true)}>
                Change IPsec local address
              </Button>
            </Group>
            {localAddress ? (
              <LocalAddressDialog tree={tree} onClose={() => setLocalAddress(false)} />
            ) : null}
            {tree.endpoints.length === 0 ? (
              <EmptyState title="No IPsec endpoints">
                Add the remote gateway (its public IP and pre-shared key), then its tunnels.
              </EmptyState>
            ) : (
              tree.endpoints.map((endpoint) => (
                <Paper key={endpoint.id} withBorder p="lg" radius="md">
                  <Group justify="space-between" mb="sm" align="flex-start">
                    <Stack gap={2}>
                      <Title order={2} size="h4">
                        <Anchor component={Link} to={`endpoints/${endpoint.id}`} inherit>
                          {endpoint.name}
                        </Anchor>
                      </Title>
                      <Text size="sm" c="dimmed">
                        {endpoint.ipaddress} · IKEv{endpoint.ike_version ?? '?'} ·{' '}
                        {endpoint.vpn_type === 'vti'
                          ? 'route based'
                          : (endpoint.vpn_type ?? 'policy')}
                      </Text>
                    </Stack>
                    <Group gap="xs">
                      {endpoint.trafficPairs.length ? (
                        <Badge variant="light">{endpoint.trafficPairs.length} traffic pairs</Badge>
                      ) : null}
                      {endpoint.bgpPeers.length ? (
                        <Badge variant="light">{endpoint.bgpPeers.length} eBGP peers</Badge>
                      ) : null}
                    </Group>
                  </Group>
                  <TunnelsTable label={`Tunnels of ${endpoint.name}`} tunnels={endpoint.tunnels} />
                </Paper>
              ))
            )}
          </>
        )}
      </QueryBoundary>
      {adding ? <EndpointDialog opened onClose={() => setAdding(false)} /> : null}
      <ConfirmDialog
        opened={restarting}
        title="Restart IPsec"
        confirmLabel="Restart IPsec"
        loading={restart.isPending}
        onCancel={() => setRestarting(false)}
        onConfirm={() => restart.mutate()}
      >
        Restart the IPsec subsystem of {connection.name}? Every tunnel drops for a moment and then
        reconnects.
      </ConfirmDialog>
    </Stack>
  );
}

export function TunnelsPage() {
  return (
    <Stack>
      <PageHeader
        title="IPsec tunnels"
        description="Remote gateways (endpoints), their tunnels and their live state."
      />
      <PrerequisiteBanner>
        <Endpoints />
      </PrerequisiteBanner>
    </Stack>
  );
}
