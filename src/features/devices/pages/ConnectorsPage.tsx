import { Anchor, Badge, Button, Group, Stack, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { connectorsQuery, deleteConnector } from '../api/connectors';
import { shKeys } from '../api/keys';
import type { Connector } from '../api/schemas';
import { ActionError } from '../components/ActionError';
import { ConnectorFormDialog } from '../components/ConnectorFormDialog';
import { DockerInfo } from '../components/DockerInfo';
import { useCan } from '../components/permissions';
import { useShellHubPaths } from '../components/usePaths';

export function ConnectorsPage() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const can = useCan();
  const paths = useShellHubPaths();
  const connectors = useQuery(connectorsQuery(connection.id, client));
  const [editing, setEditing] = useState<Connector | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<Connector | null>(null);
  const [showing, setShowing] = useState<string | null>(null);
  const canChange = can('change connectors');
  const remove = useMutation({
    mutationFn: (connector: Connector) => deleteConnector(client, connector.uid),
    onSuccess: async (_data, connector) => {
      await queryClient.invalidateQueries({ queryKey: shKeys.connectors(connection.id) });
      setDeleting(null);
      notifications.show({
        color: 'teal',
        title: 'Connector deleted',
        message: `${connector.address} was removed.`,
      });
    },
    onError: () => setDeleting(null),
  });

  return (
    <Stack>
      <PageHeader
        title="Connectors"
        description="Docker engines whose containers join the namespace."
        actions={canChange ? <Button onClick={() => setEditing(null)}>Add connector</Button> : null}
      />
      <ActionError
        error={remove.error}
        title="The connector was not deleted"
        action="change connectors"
      />
      <QueryBoundary query={connectors} what="the connectors">
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title="No connectors">
              Add a Docker engine to manage its containers.
            </EmptyState>
          ) : (
            <Table aria-label="Connectors" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Address</Table.Th>
                  <Table.Th>Port</Table.Th>
                  <Table.Th>TLS</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((connector) => (
                  <Fragment key={connector.uid}>
                    <Table.Tr>
                      <Table.Td>
                        <Anchor component={Link} to={paths.connector(connector.uid)}>
                          {connector.address}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{connector.port}</Table.Td>
                      <Table.Td>{connector.secure ? 'Yes' : 'No'}</Table.Td>
                      <Table.Td>
                        <Badge color={connector.enable ? 'teal' : 'gray'} variant="light">
                          {connector.enable ? (connector.status?.State ?? 'enabled') : 'disabled'}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            aria-expanded={showing === connector.uid}
                            aria-label={`Docker info of ${connector.address}`}
                            onClick={() =>
                              setShowing(showing === connector.uid ? null : connector.uid)
                            }
                          >
                            Docker info
                          </Button>
                          {canChange ? (
                            <>
                              <Button
                                size="compact-sm"
                                variant="subtle"
                                aria-label={`Edit ${connector.address}`}
                                onClick={() => setEditing(connector)}
                              >
                                Edit
                              </Button>
                              <Button
                                size="compact-sm"
                                variant="subtle"
                                color="red"
                                aria-label={`Delete ${connector.address}`}
                                onClick={() => setDeleting(connector)}
                              >
                                Delete
                              </Button>
                            </>
                          ) : null}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                    {showing === connector.uid ? (
                      <Table.Tr>
                        <Table.Td colSpan={5}>
                          <DockerInfo uid={connector.uid} address={connector.address} />
                        </Table.Td>
                      </Table.Tr>
                    ) : null}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryBoundary>
      {editing !== undefined ? (
        <ConnectorFormDialog connector={editing} onClose={() => setEditing(undefined)} />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete the connector ${deleting?.address ?? ''}?`}
        confirmLabel="Delete connector"
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      >
        The containers of {deleting?.address} leave the namespace.
      </ConfirmDialog>
    </Stack>
  );
}
