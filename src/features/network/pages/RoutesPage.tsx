import { Badge, Button, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { PrerequisiteBanner } from '@/components/vns3/PrerequisiteBanner';
import { changeRoute } from '../api/addRoute';
import { networkKeys } from '../api/keys';
import { type Route, routesQuery } from '../api/routes';
import { AddRouteDialog } from '../components/AddRouteDialog';
import { MutationError } from '../components/MutationError';

function RouteTable() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const routes = useQuery(routesQuery(connection.id, client));
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Route | null>(null);
  const change = useMutation({
    mutationFn: ({ route, action }: { route: Route; action: 'enable' | 'disable' | 'delete' }) =>
      changeRoute(client, route.id, action),
    onSuccess: async (list, { route, action }) => {
      queryClient.setQueryData(networkKeys.routes(connection.id), list);
      setDeleting(null);
      await queryClient.invalidateQueries({
        queryKey: networkKeys.connectedSubnets(connection.id),
      });
      notifications.show({
        color: 'teal',
        title: action === 'delete' ? 'Route deleted' : `Route ${action}d`,
        message: route.cidr,
      });
    },
    onError: () => setDeleting(null),
  });

  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={() => setAdding(true)}>Add route</Button>
      </Group>
      <MutationError error={change.error} title="The route was not changed" />
      <QueryBoundary query={routes} what="the routes">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No routes">
              Add a route to reach a network through an interface.
            </EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table aria-label="Routes" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Network</Table.Th>
                    <Table.Th>Via</Table.Th>
                    <Table.Th>Table</Table.Th>
                    <Table.Th>Metric</Table.Th>
                    <Table.Th>Description</Table.Th>
                    <Table.Th>Enabled</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((route) => (
                    <Table.Tr key={route.id}>
                      <Table.Td ff="monospace">
                        {route.cidr}{' '}
                        {route.advertise ? (
                          <Badge size="xs" variant="light">
                            Advertised
                          </Badge>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {route.interface ?? (route.tunnel ? `GRE ${String(route.tunnel)}` : '—')}
                          {route.gateway ? ` → ${route.gateway}` : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>{route.table ?? 'main'}</Table.Td>
                      <Table.Td>{route.metric ?? 0}</Table.Td>
                      <Table.Td>{route.description}</Table.Td>
                      <Table.Td>
                        <Switch
                          aria-label={`Route ${route.cidr} enabled`}
                          checked={route.enabled !== false}
                          disabled={route.editable === false || change.isPending}
                          onChange={(event) =>
                            change.mutate({
                              route,
                              action: event.currentTarget.checked ? 'enable' : 'disable',
                            })
                          }
                        />
                      </Table.Td>
                      <Table.Td>
                        {route.editable === false ? (
                          <Text size="xs" c="dimmed">
                            System route
                          </Text>
                        ) : (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            aria-label={`Delete route ${route.cidr}`}
                            onClick={() => setDeleting(route)}
                          >
                            Delete
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryBoundary>
      <AddRouteDialog opened={adding} onClose={() => setAdding(false)} />
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete route"
        confirmLabel="Delete route"
        loading={change.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && change.mutate({ route: deleting, action: 'delete' })}
      >
        Delete the route to {deleting?.cidr}
        {deleting?.interface ? ` via ${deleting.interface}` : ''}? VNS3 has no route editing: to
        change it, add it again.
      </ConfirmDialog>
    </Stack>
  );
}

export function RoutesPage() {
  return (
    <Stack>
      <PageHeader title="Routes" description="Networks this controller reaches and advertises." />
      <PrerequisiteBanner>
        <RouteTable />
      </PrerequisiteBanner>
    </Stack>
  );
}
