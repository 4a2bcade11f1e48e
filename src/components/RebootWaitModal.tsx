import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatDuration } from '@/lib/format';
import type { RebootWatchState } from '@/lib/rebootWatch';

function useElapsedSeconds(startedAt: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return Math.max(0, Math.floor((now - startedAt) / 1000));
}

/** Follows a restart: elapsed time, whether the backend has gone away yet, and the outcome. */
export function RebootWaitModal({
  name,
  watch,
  giveUpMinutes,
  goingDownText = `${name} is about to restart; it still answers.`,
  onKeepWaiting,
  onClose,
}: {
  name: string;
  watch: RebootWatchState;
  giveUpMinutes: number;
  /** What it does before it stops answering. */
  goingDownText?: string;
  onKeepWaiting: () => void;
  onClose: () => void;
}) {
  const waiting = watch.phase === 'going-down' || watch.phase === 'coming-back';
  const elapsed = useElapsedSeconds(watch.startedAt, waiting);
  const title =
    watch.phase === 'back' ? `${name} is back online` : `Waiting for ${name} to restart`;

  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
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
                  ? goingDownText
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
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={`No answer after ${giveUpMinutes} minutes`}
          >
            {name} has not answered again since the restart began {formatDuration(elapsed)} ago. It
            may still be starting, or need attention at its console.
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
