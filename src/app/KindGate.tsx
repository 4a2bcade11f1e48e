import { Outlet } from 'react-router';
import { useCurrentConnection } from '@/connections/ConnectionContext';
import type { ConnectionKind } from '@/connections/kinds';
import { NotFoundPage } from './pages/NotFoundPage';

/** A feature's pages exist only below connections of its kind. */
export function KindGate({ kind }: { kind: ConnectionKind }) {
  const connection = useCurrentConnection();
  return connection.kind === kind ? <Outlet /> : <NotFoundPage />;
}
