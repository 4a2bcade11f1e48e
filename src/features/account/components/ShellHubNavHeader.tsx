import { Badge, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useParams } from 'react-router';
import { describeError } from '@/api/errors';
import { jwtExpiresAt } from '@/api/shellhub/userAuth';
import { credentialFromAuth } from '@/auth/shellhub/credential';
import { identityOf } from '@/auth/shellhub/identity';
import { type Session, sessionStore, useSession } from '@/auth/sessionStore';
import { clientForSession } from '@/auth/useConnectionClient';
import type { Connection } from '@/connections/schema';
import { useConnection } from '@/connections/store';
import { currentUserQuery } from '../api/currentUser';
import { namespacesQuery } from '../api/namespaces';
import { useSwitchNamespace } from '../api/switchNamespace';

/** Always visible above a ShellHub connection's navigation: the namespace and the role in it. */
export default function ShellHubNavHeader() {
  const { connectionId } = useParams();
  const connection = useConnection(connectionId);
  const session = useSession(connection?.id);
  if (!connection || !session || session.credential.kind !== 'shellhub') return null;
  return <SignedInHeader connection={connection} session={session} />;
}

function SignedInHeader({ connection, session }: { connection: Connection; session: Session }) {
  const client = useMemo(() => clientForSession(connection, session), [connection, session]);
  const credential = session.credential.kind === 'shellhub' ? session.credential : null;
  const jwt = credential && 'jwt' in credential ? credential.jwt : null;
  useSignOutAtExpiry(connection.id, jwt);
  useRoleRefresh(connection.id, session, client, jwt !== null);
  const identity = identityOf(credential ?? undefined);

  if (!jwt) {
    return (
      <Stack gap={2} px="sm" pb="xs">
        <Text size="xs" c="dimmed">
          API key · namespace {credential?.tenant}
        </Text>
        {identity ? <RoleBadge role={identity.role} /> : null}
      </Stack>
    );
  }
  return <NamespaceSelect connection={connection} session={session} client={client} />;
}

function RoleBadge({ role }: { role: string }) {
  return (
    <Badge size="xs" variant="light" color="gray" style={{ alignSelf: 'flex-start' }}>
      {role}
    </Badge>
  );
}

function NamespaceSelect({
  connection,
  session,
  client,
}: {
  connection: Connection;
  session: Session;
  client: ReturnType<typeof clientForSession>;
}) {
  const namespaces = useQuery(namespacesQuery(client, connection.id));
  const switcher = useSwitchNamespace(client, connection.id);
  const identity = identityOf(session.credential);
  const data = (namespaces.data ?? []).map((namespace) => ({
    value: namespace.tenant_id,
    label: namespace.name,
  }));

  async function choose(tenant: string | null) {
    if (!tenant || tenant === identity?.tenant) return;
    try {
      const auth = await switcher.mutateAsync(tenant);
      const name = data.find((item) => item.value === tenant)?.label ?? tenant;
      notifications.show({
        color: 'teal',
        message: `Switched to namespace ${name} as ${auth.role ?? 'member'}`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not switch namespace',
        message: describeError(error),
      });
    }
  }

  return (
    <Stack gap={4} px="sm" pb="xs">
      <Select
        label="Namespace"
        size="xs"
        data={data}
        value={identity?.tenant ?? null}
        onChange={(value) => void choose(value)}
        allowDeselect={false}
        disabled={switcher.isPending || namespaces.isPending}
        error={namespaces.isError ? describeError(namespaces.error) : undefined}
        placeholder={namespaces.isPending ? 'Loading…' : 'No namespace'}
        comboboxProps={{ withinPortal: true }}
      />
      {identity ? (
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            {identity.username}
          </Text>
          <RoleBadge role={identity.role} />
        </Group>
      ) : null}
    </Stack>
  );
}

/** ShellHub has no refresh token: the session ends when the JWT's `exp` passes. */
function useSignOutAtExpiry(connectionId: string, jwt: string | null) {
  useEffect(() => {
    if (!jwt) return;
    const expiresAt = jwtExpiresAt(jwt);
    if (expiresAt === null) return;
    const signOut = () => {
      const current = sessionStore.get(connectionId)?.credential;
      if (current?.kind === 'shellhub' && 'jwt' in current && current.jwt === jwt) {
        sessionStore.signOut(connectionId, {
          reason: 'expired',
          message: 'the ShellHub token expired',
        });
      }
    };
    const delay = expiresAt - Date.now();
    if (delay <= 0) {
      signOut();
      return;
    }
    const timer = window.setTimeout(signOut, Math.min(delay, 2 ** 31 - 1));
    return () => window.clearTimeout(timer);
  }, [connectionId, jwt]);
}

/** The role is not in the token: read it once per session start and keep the session's copy current. */
function useRoleRefresh(
  connectionId: string,
  session: Session,
  client: ReturnType<typeof clientForSession>,
  enabled: boolean,
) {
  const user = useQuery({ ...currentUserQuery(client, connectionId), enabled });
  const auth = user.data;
  useEffect(() => {
    const current = session.credential;
    if (!auth || current.kind !== 'shellhub' || !('jwt' in current)) return;
    const fresh = credentialFromAuth(auth);
    if (!('jwt' in fresh) || fresh.tenant !== (current.tenant ?? fresh.tenant)) return;
    if (fresh.role === current.role && fresh.username === current.username) return;
    sessionStore.replaceCredential(connectionId, {
      ...current,
      tenant: fresh.tenant,
      username: fresh.username,
      ...(fresh.role ? { role: fresh.role } : {}),
    });
  }, [auth, connectionId, session.credential]);
}
