import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { QueryProvider } from '@/app/queryClient';
import { useCurrentConnection } from '@/connections/ConnectionContext';
import { KIND_INFO } from '@/connections/kinds';
import { probeQuery } from '@/connections/useProbe';

/** What probing the backend tells before signing in: first-run setup, unreachable. */
export function SignInProbeNotices() {
  return (
    <QueryProvider>
      <ProbeNotices />
    </QueryProvider>
  );
}

function ProbeNotices() {
  const connection = useCurrentConnection();
  const info = KIND_INFO[connection.kind];
  const [params] = useSearchParams();
  const probe = useQuery(probeQuery(connection, undefined));
  const state = probe.data?.state;

  return (
    <>
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
    </>
  );
}
