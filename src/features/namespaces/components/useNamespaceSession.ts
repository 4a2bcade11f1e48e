import { useConnectionClient } from '@/auth/useConnectionClient';
import { useShellHubIdentity } from '@/auth/shellhub/identity';

/** The connection's client plus who is signed in to which namespace (null while unknown). */
export function useNamespaceSession() {
  const { connection, client } = useConnectionClient();
  const identity = useShellHubIdentity();
  return { connection, client, identity };
}
