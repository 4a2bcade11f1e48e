import { Alert, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { type JobStatus, jidotekiLogLines } from '@/api/jidoteki/jobs';
import { ServerText } from '@/components/ServerText';
import { formatDuration } from '@/lib/format';

export type CertsPhase = 'idle' | 'installing' | 'success' | 'failed';

const BADGES: Record<string, { color: string; label: string }> = {
  running: { color: 'blue', label: 'Running' },
  success: { color: 'teal', label: 'Success' },
  failed: { color: 'red', label: 'Failed' },
};

/** GET /certs: the last update's status and log, and how the one just started is going. */
export function CertsStatusPanel({
  status,
  phase,
  elapsed,
  pollError,
}: {
  status: JobStatus;
  phase: CertsPhase;
  elapsed: number;
  pollError: string | null;
}) {
  const badge = status.status ? BADGES[status.status] : undefined;
  const lines = jidotekiLogLines(status.log);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            Last certificate update
          </Title>
          <Badge variant="light" color={badge?.color ?? 'gray'}>
            {badge?.label ?? 'None yet'}
          </Badge>
        </Group>
        {phase === 'installing' ? (
          <Group gap="sm" wrap="nowrap">
            <Loader size="sm" aria-hidden />
            <div>
              <Text size="sm" fw={600} role="status">
                Installing the certificates…
              </Text>
              <Text size="sm" c="dimmed">
                Elapsed: {formatDuration(elapsed)}
              </Text>
            </div>
          </Group>
        ) : null}
        {pollError ? (
          <Text size="sm" c="red" role="alert">
            Reading the status failed: {pollError}. Still trying.
          </Text>
        ) : null}
        {phase === 'success' ? (
          <Alert color="teal" variant="light" title="Certificates installed" role="status">
            The appliance now serves the new certificate. A browser that trusted the old one may ask
            again.
          </Alert>
        ) : null}
        {phase === 'failed' ? (
          <Alert color="red" variant="light" title="The certificate update failed" role="alert">
            The appliance kept its previous certificate. The log below says why.
          </Alert>
        ) : null}
        {lines.length > 0 ? (
          <ServerText text={lines.join('\n')} label="Certificate update log" maxHeight={260} />
        ) : (
          <Text size="sm" c="dimmed">
            {status.status ? 'The appliance wrote no log.' : 'No certificate update has run yet.'}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
