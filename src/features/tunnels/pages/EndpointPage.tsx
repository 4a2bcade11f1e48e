import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ipsecStatusKey } from '@/api/vns3/ipsecStatus';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { PrerequisiteBanner } from '@/components/vns3/PrerequisiteBanner';
import { deleteEndpoint } from '../api/endpoint';
import { ApiError } from '@/api/errors';
import { type Endpoint, type IpsecTree, endpointQuery } from '../api/ipsec';
import { tunnelsKeys } from '../api/keys';
import { BgpPeersSection } from '../components/BgpPeersSection';
import { EndpointDialog } from '../components/EndpointDialog';
import { EndpointSettings } from '../components/EndpointSettings';
import { EndpointTunnels } from '../components/EndpointTunnels';
import { MutationError } from '../components/MutationError';
import { TrafficPairsSection } from '../components/TrafficPairsSection';

function EndpointView({ endpoint }: { endpoint: Endpoint }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useMutation({
    mutationFn: () => deleteEndpoint(client, endpoint.id),
    onSuccess: async (tree) => {
      queryClient.setQueryData(tunnelsKeys.ipsec(connection.id), tree);
      await queryClient.invalidateQueries({ queryKey: ipsecStatusKey(connection.id) });
      notifications.show({ color: 'teal', title: 'Endpoint deleted', message: endpoint.name });
      await navigate(`/c/${connection.id}/tunnels`);
      queryClient.removeQueries({ queryKey: tunnelsKeys.endpoint(connection.id, endpoint.id) });
    },
    onSettled: () => setDeleting(false),
  });
  return (
    <Stack>
      <PageHeader
        title={endpoint.name}
        description={`IPsec endpoint ${endpoint.ipaddress}`}
        actions={
          <>
            <Button variant="default" onClick={() => setEditing(true)}>
              Edit endpoint
            </Button>
            <Button color="red" variant="light" onClick={() => setDeleting(true)}>
              Delete endpoint
            </Button>
          </>
        }
      />
      <MutationError error={remove.error} title="The endpoint was not deleted" />
      <EndpointSettings endpoint={endpoint} />
      <EndpointTunnels endpoint={endpoint} />
      <TrafficPairsSection endpoint={endpoint} />
      <BgpPeersSection endpoint={endpoint} />
      {editing ? (
        <EndpointDialog opened endpoint={endpoint} onClose={() => setEditing(false)} />
      ) : null}
      <ConfirmDialog
        opened={deleting}
        title="Delete endpoint"
        confirmLabel="Delete endpoint"
        loading={remove.isPending}
        onCancel={() => setDeleting(false)}
        onConfirm={() => remove.mutate()}
      >
        Delete the endpoint {endpoint.name} ({endpoint.ipaddress}) with its{' '}
        {endpoint.tunnels.length} tunnels, {endpoint.trafficPairs.length} traffic pairs and{' '}
        {endpoint.bgpPeers.length} eBGP peers?
      </ConfirmDialog>
    </Stack>
  );
}

function EndpointLoader() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const { endpointId } = useParams();
  const id = Number(endpointId);
  const endpoint = useQuery({
    ...endpointQuery(connection.id, client, id),
    enabled: Number.isInteger(id),
    // Coming from the list, show what it already holds while the endpoint is read.
    placeholderData: () =>
      queryClient
        .getQueryData<IpsecTree>(tunnelsKeys.ipsec(connection.id))
        ?.endpoints.find((item) => item.id === id),
  });
  const missing = endpoint.error instanceof ApiError && endpoint.error.status === 404;
  if (!Number.isInteger(id) || missing) {
    return (
      <EmptyState title="Endpoint not found" pageTitle>
        This controller has no IPsec endpoint {endpointId}. It may have been deleted.
      </EmptyState>
    );
  }
  return (
    <QueryBoundary query={endpoint} what="the IPsec endpoint">
      {(loaded) => <EndpointView endpoint={loaded} />}
    </QueryBoundary>
  );
}

export function EndpointPage() {
  return (
    <Stack>
      <PrerequisiteBanner>
        <EndpointLoader />
      </PrerequisiteBanner>
    </Stack>
  );
}
