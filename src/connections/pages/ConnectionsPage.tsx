import { Badge, Button, Group, Modal, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, useSyncExternalStore } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { sessionStore } from '@/auth/sessionStore';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { ConnectionForm } from '../components/ConnectionForm';
import { TransferButtons } from '../components/TransferButtons';
import { KIND_INFO } from '../kinds';
import type { Connection } from '../schema';
import { connectionStore, useConnections } from '../store';

export function ConnectionsPage() {
  const connections = useConnections();
  const sessions = useSyncExternalStore(sessionStore.subscribe, sessionStore.snapshot);
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const [editing, setEditing] = useState<Connection | null>(null);
  const [removing, setRemoving] = useState<Connection | null>(null);
  const adding = params.get('add') === '1';
  const closeAdd = () => setParams({}, { replace: true });

  return (
    <>
      <PageHeader
        title="Connections"
        description="Backends this console talks to. Definitions are saved in this browser; credentials are not, unless you ask to be remembered."
        actions={
          <>
            <TransferButtons />
            <Button onClick={() => setParams({ add: '1' })}>Add connection</Button>
          </>
        }
      />
      {connections.length === 0 ? (
        <EmptyState
          title="No connections yet"
          action={<Button onClick={() => setParams({ add: '1' })}>Add connection</Button>}
        >
          A connection is a backend you run: its kind, a name and its base URL.
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table highlightOnHover aria-label="Connections" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Base URL</Table.Th>
                <Table.Th>Session</Table.Th>
                <Table.Th>
                  <Text span size="sm" fw={700}>
                    Actions
                  </Text>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {connections.map((connection) => (
                <Table.Tr key={connection.id}>
                  <Table.Td>
                    <Text
                      component={Link}
                      to={`/c/${connection.id}`}
                      fw={600}
                      size="sm"
                      c="inherit"
                    >
                      {connection.name}
                    </Text>
                    {connection.demo ? (
                      <Badge size="xs" ml={6} variant="light" color="grape">
                        demo
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{KIND_INFO[connection.kind].label}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {connection.baseUrl}
                    </Text>
                    {connection.proxyPath ? (
                      <Text size="xs" c="dimmed">
                        via {connection.proxyPath}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {sessions.has(connection.id) ? (
                      <Badge color="teal" variant="light">
                        Signed in
                      </Badge>
                    ) : (
                      <Badge color="gray" variant="light">
                        Signed out
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => setEditing(connection)}
                        aria-label={`Edit ${connection.name}`}
                      >
                        Edit
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setRemoving(connection)}
                        aria-label={`Remove ${connection.name}`}
                      >
                        Remove
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <Modal opened={adding} onClose={closeAdd} title="Add connection" size="lg">
        <ConnectionForm
          submitLabel="Add connection"
          onCancel={closeAdd}
          onSubmit={(values) => {
            const connection = connectionStore.add(values);
            notifications.show({ color: 'teal', message: `${connection.name} added.` });
            void navigate(`/c/${connection.id}`);
          }}
        />
      </Modal>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? `Edit ${editing.name}` : ''}
        size="lg"
      >
        {editing ? (
          <ConnectionForm
            initial={{
              kind: editing.kind,
              name: editing.name,
              baseUrl: editing.baseUrl,
              proxyPath: editing.proxyPath ?? '',
            }}
            submitLabel="Save changes"
            onCancel={() => setEditing(null)}
            onSubmit={(values) => {
              if (values.kind !== editing.kind || values.baseUrl !== editing.baseUrl) {
                sessionStore.forget(editing.id);
              }
              connectionStore.update(editing.id, values);
              notifications.show({ color: 'teal', message: `${values.name} saved.` });
              setEditing(null);
            }}
          />
        ) : null}
      </Modal>

      <ConfirmDialog
        opened={removing !== null}
        title="Remove connection"
        confirmLabel={removing ? `Remove ${removing.name}` : 'Remove'}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          sessionStore.forget(removing.id);
          connectionStore.remove(removing.id);
          notifications.show({ message: `${removing.name} removed from this console.` });
          setRemoving(null);
        }}
      >
        {removing
          ? `Remove “${removing.name}” (${removing.baseUrl}) from this console? Nothing changes on the backend itself; its session and any remembered credential are forgotten.`
          : ''}
      </ConfirmDialog>
    </>
  );
}
