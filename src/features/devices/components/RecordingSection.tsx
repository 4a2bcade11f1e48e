import { Alert, Skeleton, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Suspense, lazy } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { recordingQuery } from '../api/recording';
import type { Session } from '../api/schemas';
import { useCan, useRole } from './permissions';

const TerminalPlayer = lazy(async () => ({
  default: (await import('./player/TerminalPlayer')).TerminalPlayer,
}));

function Player({ session }: { session: Session }) {
  const { connection, client } = useConnectionClient();
  const recording = useQuery(recordingQuery(connection.id, client, session.uid));
  return (
    <QueryBoundary query={recording} what="the recording" skeletonHeight={360}>
      {(data) =>
        data.frames.length === 0 ? (
          <Alert color="gray" title="Empty recording">
            The recording holds no terminal output.
          </Alert>
        ) : (
          <Suspense fallback={<Skeleton height={360} aria-label="Loading the player" />}>
            <TerminalPlayer
              recording={data}
              label={`Recording of ${session.username} on ${session.device?.name ?? 'the device'}`}
            />
          </Suspense>
        )
      }
    </QueryBoundary>
  );
}

/** The recorded terminal output of a session, for roles that may play it. */
export function RecordingSection({ session }: { session: Session }) {
  const can = useCan();
  const role = useRole();
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Recording
      </Title>
      {!session.recorded ? (
        <Alert color="gray" title="Not recorded">
          This session was not recorded: session recording was off for the namespace.
        </Alert>
      ) : can('play recordings') ? (
        <Player session={session} />
      ) : (
        <Alert color="yellow" title="Recording not available to your role">
          Your role{role ? ` (${role})` : ''} cannot play recordings; administrators and owners can.
        </Alert>
      )}
    </Stack>
  );
}
