import { useCurrentConnection } from '@/connections/ConnectionContext';
import type { ItemKind } from '../api/keys';

const enc = encodeURIComponent;

/** In-app links of the ShellHub device pages of the current connection. */
export function useShellHubPaths() {
  const connection = useCurrentConnection();
  const root = `/c/${connection.id}`;
  return {
    list: (kind: ItemKind) => `${root}/${kind === 'device' ? 'devices' : 'containers'}`,
    item: (kind: ItemKind, uid: string) =>
      `${root}/${kind === 'device' ? 'devices' : 'containers'}/${enc(uid)}`,
    sessions: `${root}/sessions`,
    session: (uid: string) => `${root}/sessions/${enc(uid)}`,
    connector: (uid: string) => `${root}/connectors/${enc(uid)}`,
  };
}
