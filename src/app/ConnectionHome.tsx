import { Navigate } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { useCurrentConnection } from '@/connections/ConnectionContext';
import { KIND_INFO } from '@/connections/kinds';
import { homePathFor } from './featureModules';

export function ConnectionHome() {
  const connection = useCurrentConnection();
  const home = homePathFor(connection.kind);
  if (home) return <Navigate to={home} replace />;
  return (
    <EmptyState
      title={`${KIND_INFO[connection.kind].label} support is not available yet`}
      pageTitle
    >
      {connection.name} is saved and signed in. The modules for {KIND_INFO[connection.kind].product}{' '}
      connections are not available yet in this version of Switchboard.
    </EmptyState>
  );
}
