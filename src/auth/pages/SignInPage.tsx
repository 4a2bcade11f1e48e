import { Alert, Anchor, Button, Center, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Suspense, lazy } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCurrentConnection } from '@/connections/ConnectionContext';
import { type ConnectionKind, KIND_INFO } from '@/connections/kinds';
import { probeQuery } from '@/connections/useProbe';
import { sessionStore } from '../sessionStore';
import type { SecretSignInConfig } from '../signin/SecretSignInForm';

// One chunk per kind's form: signing in to one kind never downloads the others' forms.
const JidotekiSignInForm = lazy(async () => ({
  default: (await import('../signin/JidotekiSignInForm')).JidotekiSignInForm,
}));
const ShellHubSignIn = lazy(async () => ({
  default: (await import('../shellhub/ShellHubSignIn')).ShellHubSignIn,
}));
const SecretSignInForm = lazy(async () => ({
  default: (await import('../signin/SecretSignInForm')).SecretSignInForm,
}));

const SECRET_SIGN_IN: Partial<Record<ConnectionKind, SecretSignInConfig>> = {
  vns3: {
    label: 'API password',
    description: 'Sent as HTTP basic auth with the user name "api".',
    toCredential: (password) => ({ kind: 'vns3', password }),
    rejectedStatuses: [401],
  },
  evon: {
    label: 'API token',
    description: 'Your Evon Hub user token (Authorization: Token …).',
    toCredential: (token) => ({ kind: 'evon', token }),
    rejectedStatuses: [401],
  },
  devicegw: {
    label: 'Bearer token',
    description: 'An API token of the gateway (Authorization: Bearer …).',
    toCredential: (token) => ({ kind: 'devicegw', token }),
    rejectedStatuses: [401],
  },
};

const NOTICE_TEXT = {
  rejected: 'Your session was ended because the backend rejected its credentials',
  expired: 'Your session expired',
  'first-run': 'The appliance has no API token yet',
  user: '',
} as const;

export function SignInPage() {
  const connection = useCurrentConnection();
  const notice = sessionStore.lastNotice(connection.id);
  const info = KIND_INFO[connection.kind];
  const secretConfig = SECRET_SIGN_IN[connection.kind];
  const [params] = useSearchParams();
  const probe = useQuery(probeQuery(connection, undefined));
  const state = probe.data?.state;

  return (
    <Center py="xl">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={460}>
        <Stack>
          <div>
            <Title order={1} size="h3">
              Sign in to {connection.name}
            </Title>
            <Text c="dimmed" size="sm">
              {info.product} · {connection.baseUrl}
            </Text>
          </div>
          {notice ? (
            <Alert color="yellow" variant="light" role="status">
              {NOTICE_TEXT[notice.reason]}
              {notice.message ? ` (${notice.message})` : ''}. Sign in again to continue where you
              were.
            </Alert>
          ) : null}
          {state === 'needs-setup' ? (
            <Alert color="grape" variant="light" title="First-run setup needed">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">This appliance has no API token yet. Choose one to start.</Text>
                <Button size="xs" component={Link} to={`/c/${connection.id}/setup?${params}`}>
                  Set up the API token
                </Button>
              </Stack>
            </Alert>
          ) : null}
          {state === 'unreachable' || state === 'not-available' ? (
            <Alert color={state === 'unreachable' ? 'red' : 'gray'} variant="light">
              {state === 'unreachable'
                ? `${probe.data?.message ?? ''} Check the base URL in Connections.`
                : `The ${info.label} simulator is not available yet.`}
            </Alert>
          ) : null}
          <Suspense
            fallback={<Skeleton height={120} radius="md" aria-label="Loading the sign-in form" />}
          >
            {connection.kind === 'jidoteki' ? (
              <JidotekiSignInForm />
            ) : connection.kind === 'shellhub' ? (
              <ShellHubSignIn />
            ) : secretConfig ? (
              <SecretSignInForm config={secretConfig} />
            ) : (
              <Alert color="gray" variant="light">
                Sign-in for {info.label} connections is not available yet.
              </Alert>
            )}
          </Suspense>
          <Anchor component={Link} to="/connections" size="sm">
            Manage connections
          </Anchor>
        </Stack>
      </Paper>
    </Center>
  );
}
