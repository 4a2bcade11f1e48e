import { Button, Stack } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { sessionStore } from '@/auth/sessionStore';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { FleetGrid } from '../components/FleetGrid';
import { FleetSummary } from '../components/FleetSummary';
import { countProbes } from '../fleet/summary';
import { useConnections } from '../store';
import { probeQuery } from '../useProbe';

export function FleetPage() {
  const connections = useConnections();
  const sessions = useSyncExternalStore(sessionStore.subscribe, sessionStore.snapshot);
  // Every connection is probed from here (cards only read the results), so off-screen cards
  // are checked too; the page re-renders only when the counts change.
  const counts = useQueries({
    queries: connections.map((connection) =>
      probeQuery(connection, sessions.get(connection.id)?.signedInAt),
    ),
    combine: countProbes,
  });

  return (
    <Stack>
      <PageHeader
        title="Fleet"
        description="Every backend this console manages, with its reachability and version, checked every minute while this tab is visible."
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
        <>
          <FleetSummary total={connections.length} counts={counts} />
          <FleetGrid connections={connections} signedInAt={(id) => sessions.get(id)?.signedInAt} />
        </>
      )}
    </Stack>
  );
}
