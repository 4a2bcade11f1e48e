import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { NetworkError, describeError } from '@/api/errors';
import { formatDuration } from '@/lib/format';
import type { ApplyPhase } from './useApplyTracker';

/** Where a settings change stands while GET is polled until it shows the change. */
export function ApplyStatus({
  phase,
  elapsed,
  pollError,
  baseUrl,
  applyingText,
  appliedTitle,
  appliedText,
  onRetry,
}: {
  phase: ApplyPhase;
  elapsed: number;
  pollError: unknown;
  baseUrl: string;
  applyingText: string;
  appliedTitle: string;
  appliedText?: ReactNode;
  onRetry: () => void;
}) {
  if (phase === 'idle') return null;
  if (phase === 'applied') {
    return (
      <Alert color="teal" variant="light" title={appliedTitle} role="status">
        {appliedText}
      </Alert>
    );
  }
  if (phase === 'timeout') {
    return (
      <Alert color="yellow" variant="light" title="Not confirmed yet" role="alert">
        <Text size="sm">
          After {formatDuration(elapsed)} the appliance still does not report the new settings. They
          may be applied later, or may have been refused in the background.
        </Text>
        <Group mt="sm">
          <Button size="xs" variant="light" color="yellow" onClick={onRetry}>
            Check again
          </Button>
        </Group>
      </Alert>
    );
  }
  return (
    <Alert color="blue" variant="light">
      <Group gap="sm" wrap="nowrap">
        <Loader size="sm" aria-hidden />
        <div>
          <Text size="sm" fw={600} role="status">
            {applyingText}
          </Text>
          <Text size="sm" c="dimmed">
            Elapsed: {formatDuration(elapsed)}
          </Text>
        </div>
      </Group>
      {pollError ? (
        <Text size="sm" mt="sm" role="alert">
          {pollError instanceof NetworkError
            ? `The appliance does not answer at ${baseUrl}. If its address changed, edit this connection to use the new one.`
            : `Reading the settings back failed: ${describeError(pollError)}. Still trying.`}
        </Text>
      ) : null}
    </Alert>
  );
}
