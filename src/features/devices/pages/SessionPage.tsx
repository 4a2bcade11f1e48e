import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { shKeys } from '../api/keys';
import type { Session } from '../api/schemas';
import { closeSession, sessionQuery } from '../api/sessions';
import { ActionError } from '../components/ActionError';
import { RecordingSection } from '../components/RecordingSection';
import { AuthBadge, SessionStateBadge } from '../components/SessionBadges';
import { useCan } from '../components/permissions';
import { formatTime } from '../components/time';
import { useShellHubPaths } from '../components/usePaths';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} style={{ wordBreak: 'break-all' }}>
        {children}
      </Text>
    </div>
  );
}

function Details({ session }: { session: Session }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const paths = useShellHubPaths();
  const can = useCan();
  const [closing, setClosing] = useState(false);
  const deviceName = session.device?.name ?? session.device_uid.slice(0, 12);
  const close = useMutation({
    mutationFn: () => closeSession(client, session.uid, session.device_uid),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: shKeys.sessions(connection.id) }),
        queryClient.invalidateQueries({ queryKey: shKeys.stats(connection.id) }),
      ]);
      setClosing(false);
      notifications.show({
        color: 'teal',
        title: 'Session closed',
        message: `${session.username} on ${deviceName} was disconnected.`,
      });
    },
    onError: () => setClosing(false),
  });

  return (
    <Stack>
      <PageHeader
        title={`${session.username} on ${deviceName}`}
        description={
          <Group gap="xs" component="span">
            <SessionStateBadge session={session} />
            <AuthBadge authenticated={session.authenticated} />
          </Group>
        }
        actions={
          session.active && can('close sessions') ? (
            <Button color="red" variant="light" onClick={() => setClosing(true)}>
              Close session
            </Button>
          ) : null
        }
      />
      <ActionError error={close.error} title="The session was not closed" action="close sessions" />
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          Details
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" spacing="sm" m={0}>
          <Fact label="Device">
            {session.device ? (
              <Anchor component={Link} to={paths.item('device', session.device_uid)} size="sm">
                {session.device.name}
              </Anchor>
            ) : (
              session.device_uid
            )}
          </Fact>
          <Fact label="User">{session.username}</Fact>
          <Fact label="IP address">{session.ip_address}</Fact>
          <Fact label="Started">{formatTime(session.started_at)}</Fact>
          <Fact label={session.active ? 'Last seen' : 'Ended'}>
            {formatTime(session.last_seen)}
          </Fact>
          <Fact label="Terminal">
            {[session.type, session.term].filter(Boolean).join(' · ') || '—'}
          </Fact>
          <Fact label="Session UID">{session.uid}</Fact>
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <RecordingSection session={session} />
      </Paper>
      <ConfirmDialog
        opened={closing}
        title={`Close the session of ${session.username} on ${deviceName}?`}
        confirmLabel="Close session"
        loading={close.isPending}
        onCancel={() => {
          close.reset();
          setClosing(false);
        }}
        onConfirm={() => close.mutate()}
      >
        {session.username} is disconnected from {deviceName} at once.
      </ConfirmDialog>
    </Stack>
  );
}

export function SessionPage() {
  const { connection, client } = useConnectionClient();
  const { uid = '' } = useParams();
  const session = useQuery(sessionQuery(connection.id, client, uid));
  return (
    <QueryBoundary query={session} what="the session" notFoundTitle="No such session">
      {(data) => <Details session={data} />}
    </QueryBoundary>
  );
}
