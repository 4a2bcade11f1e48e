import { Alert, Anchor, Center, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Suspense, lazy } from 'react';
import { Link } from 'react-router';
import { useCurrentConnection } from '@/connections/ConnectionContext';
import { type ConnectionKind, KIND_INFO } from '@/connections/kinds';
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
// The probe (and the query client it needs) is not needed to paint the form.
const SignInProbeNotices = lazy(async () => ({
  default: (await import('./SignInProbeNotices')).SignInProbeNotices,
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
          <Suspense fallback={null}>
            <SignInProbeNotices />
          </Suspense>
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
