import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { formatDuration } from '@/lib/format';
import { REBOOT_GIVE_UP_MS, type RebootWatchState, useRebootWatch } from '../api/rebootWatch';

function useElapsedSeconds(startedAt: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return Math.max(0, Math.floor((now - startedAt) / 1000));
}

function RebootWaitModal({
  name,
  watch,
  onKeepWaiting,
  onClose,
}: {
  name: string;
  watch: RebootWatchState;
  onKeepWaiting: () => void;
  onClose: () => void;
}) {
  const waiting = watch.phase === 'going-down' || watch.phase === 'coming-back';
  const elapsed = useElapsedSeconds(watch.startedAt, waiting);
  return (
    <Modal
      opened
      onClose={onClose}
      title={watch.phase === 'back' ? `${name} is back online` : `Waiting for ${name} to restart`}
      centered
      closeOnClickOutside={false}
      closeOnEscape={!waiting}
      withCloseButton={!waiting}
    >
      <Stack>
        {waiting ? (
          <Group gap="sm" wrap="nowrap" role="status">
            <Loader size="sm" aria-hidden />
            <Stack gap={2}>
              <Text size="sm">
                {watch.phase === 'going-down'
                  ? `${name} is about to restart; it still answers.`
                  : `${name} has stopped answering; waiting for it to come back.`}
              </Text>
              <Text size="sm" c="dimmed">
                Elapsed: {formatDuration(elapsed)}
              </Text>
            </Stack>
          </Group>
        ) : null}
        {watch.phase === 'back' ? (
          <Alert color="teal" variant="light" role="status" title="Back online">
            {name} answers again after {formatDuration(elapsed)}. Everything shown for it was
            refreshed.
          </Alert>
        ) : null}
        {watch.phase === 'gave-up' ? (
          <Alert color="red" variant="light" role="alert" title="No answer yet">
            {name} has not answered since the restart began {formatDuration(elapsed)} ago. It may
            still be starting, or need attention at its console.
          </Alert>
        ) : null}
        <Group justify="flex-end">
          {watch.phase === 'gave-up' ? (
            <Button variant="default" onClick={onKeepWaiting}>
              Keep waiting
            </Button>
          ) : null}
          <Button variant={watch.phase === 'back' ? 'filled' : 'default'} onClick={onClose}>
            {watch.phase === 'back' ? 'Done' : 'Stop waiting'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Follows a reboot the page started; everything of this connection is refetched when it is back. */
export function useRebootFlow(giveUpAfterMs = REBOOT_GIVE_UP_MS) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const watch = useRebootWatch(client, {
    giveUpAfterMs,
    onBack: () => void queryClient.invalidateQueries({ queryKey: [connection.id] }),
  });
  const modal = watch.state ? (
    <RebootWaitModal
      name={connection.name}
      watch={watch.state}
      onKeepWaiting={watch.keepWaiting}
      onClose={watch.stop}
    />
  ) : null;
  return { start: watch.start, modal };
}
