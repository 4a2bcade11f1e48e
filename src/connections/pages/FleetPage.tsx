import { Button, SimpleGrid, Stack } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { sessionStore } from '@/auth/sessionStore';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { ConnectionCard } from '../components/ConnectionCard';
import { useConnections } from '../store';
import { probeQuery } from '../useProbe';

export function FleetPage() {
  const connections = useConnections();
  const sessions = useSyncExternalStore(sessionStore.subscribe, sessionStore.snapshot);
  const probes = useQueries({
    queries: connections.map((connection) =>
      probeQuery(connection, sessions.get(connection.id)?.signedInAt),
    ),
  });

  return (
    <Stack>
      <PageHeader
        title="Fleet"
        description="Every backend this console manages, with its reachability and version."
        actions={
          <Button component={Link} to="/connections?add=1">
            Add connection
          </Button>
        }
      />
      {connections.length === 0 ? (
        <EmptyState
          title="No connections yet"
          action={
            <Button component={Link} to="/connections?add=1">
              Add your first connection
            </Button>
          }
        >
          Add a VNS3 controller, ShellHub server, Jidoteki appliance, Evon Hub or device gateway to
          manage it from here.
        </EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {connections.map((connection, index) => (
            <ConnectionCard
              key={connection.id}
              connection={connection}
              probe={probes[index]!}
              signedIn={sessions.has(connection.id)}
            />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
