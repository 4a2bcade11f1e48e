import { Navigate, Outlet, useLocation } from 'react-router';
import { useCurrentConnection } from '@/connections/ConnectionContext';
import { sessionStore, useSession } from './sessionStore';

/** Sends to the connection's sign-in page (or first-run setup) and back here afterwards. */
export function RequireSession() {
  const connection = useCurrentConnection();
  const session = useSession(connection.id);
  const location = useLocation();
  if (session) return <Outlet />;
  const next = encodeURIComponent(location.pathname + location.search);
  const firstRun = sessionStore.lastNotice(connection.id)?.reason === 'first-run';
  const page = firstRun ? 'setup' : 'signin';
  return <Navigate to={`/c/${connection.id}/${page}?next=${next}`} replace />;
}
