import { useMemo } from 'react';
import { useParams } from 'react-router';
import { decodeJwt } from '@/api/shellhub/userAuth';
import { useConnection } from '@/connections/store';
import type { Credential } from '../credentials';
import { useSession } from '../sessionStore';
import type { ShellHubRole } from './credential';

export type { ShellHubRole } from './credential';

export interface ShellHubIdentity {
  tenant: string;
  role: ShellHubRole;
  username: string;
}

/** Identity kept in a ShellHub credential; null while the role is not known yet. */
export function identityOf(credential: Credential | undefined): ShellHubIdentity | null {
  if (credential?.kind !== 'shellhub') return null;
  if ('apiKey' in credential) {
    return { tenant: credential.tenant, role: credential.role, username: 'API key' };
  }
  const claims = decodeJwt(credential.jwt);
  const tenant = credential.tenant ?? claims?.tenant;
  const username = credential.username ?? claims?.name;
  if (!credential.role || tenant === undefined || username === undefined) return null;
  return { tenant, role: credential.role, username };
}

/**
 * The signed-in ShellHub identity of the current connection, or null when unknown (not a
 * ShellHub connection, or not signed in). It changes with the session, e.g. after a namespace
 * switch.
 */
export function useShellHubIdentity(): {
  tenant: string;
  role: ShellHubRole;
  username: string;
} | null {
  const { connectionId } = useParams();
  const connection = useConnection(connectionId);
  const session = useSession(connection?.kind === 'shellhub' ? connection.id : undefined);
  const credential = session?.credential;
  return useMemo(() => identityOf(credential), [credential]);
}

const RANK: Record<ShellHubRole, number> = { observer: 0, operator: 1, administrator: 2, owner: 3 };

/**
 * A nav predicate: the signed-in ShellHub role is at least `least`. An unknown role (no role in
 * the credential) shows the item and lets the server decide.
 */
export function roleAtLeast(least: ShellHubRole) {
  return ({ credential }: { credential: Credential }): boolean => {
    const identity = identityOf(credential);
    return !identity || RANK[identity.role] >= RANK[least];
  };
}
