import { Button } from '@mantine/core';
import { Link, Outlet, useParams } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ConnectionContext } from './ConnectionContext';
import { useConnection } from './store';

export function ConnectionLayout() {
  const { connectionId } = useParams();
  const connection = useConnection(connectionId);
  if (!connection) {
    return (
      <EmptyState
        title="Unknown connection"
        pageTitle
        action={
          <Button component={Link} to="/connections">
            Manage connections
          </Button>
        }
      >
        No connection with this id exists on this device. It may have been removed.
      </EmptyState>
    );
  }
  return (
    <ConnectionContext.Provider value={connection}>
      <Outlet />
    </ConnectionContext.Provider>
  );
}
