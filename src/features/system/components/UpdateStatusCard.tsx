import { Alert, Badge, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '@/api/errors';
import { type JobStatus, UPDATE_ERROR_CODES, jidotekiLogLines } from '@/api/jidoteki/jobs';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { ServerText } from '@/components/ServerText';
import { updateLogQuery } from '../api/updateLog';
import { ALREADY_RUNNING, isAlreadyRunning } from '../api/updateStatus';

const STATUS_LABEL = { running: 'Running', success: 'Succeeded', failed: 'Failed' } as const;
const STATUS_COLOR = { running: 'blue', success: 'teal', failed: 'red' } as const;

function meaningOf(code: string): string {
  return UPDATE_ERROR_CODES[code] ?? 'An error code this console does not know.';
}

/** The state of the appliance's update (GET /update): progress, outcome and its log. */
export function UpdateStatusCard({
  status,
  refreshError,
  refusedPackage,
  installedVersion,
}: {
  status: JobStatus;
  /** The last poll failed; what is shown is the previous answer. */
  refreshError: unknown;
  /** The name of a package this page sent that the appliance refused (E1004). */
  refusedPackage: string | null;
  installedVersion: string | undefined;
}) {
  const state = status.status ?? null;
  const code = status['error-code'];
  const serverMessage = status['error-message'];
  const lines = jidotekiLogLines(status.log);
  const percentage = Math.max(0, Math.min(100, status.percentage ?? 0));

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="update-status-title">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id="update-status-title">
            Update status
          </Title>
          {state ? (
            <Badge color={STATUS_COLOR[state]} variant="light" size="lg">
              {STATUS_LABEL[state]}
            </Badge>
          ) : null}
        </Group>
        {refreshError ? (
          <Alert color="yellow" variant="light" title="Could not refresh the status">
            {describeError(refreshError)} What is shown is the last answer; this page keeps asking.
          </Alert>
        ) : null}
        {state === null ? (
          <Text c="dimmed">No update has run yet.</Text>
        ) : (
          <Stack gap={4}>
            <Group justify="space-between">
              <Text size="sm">{state === 'running' ? 'Installing' : 'Progress reached'}</Text>
              <Text size="sm" fw={600}>
                {percentage}%
              </Text>
            </Group>
            <Progress
              value={percentage}
              color={STATUS_COLOR[state]}
              aria-label="Update progress"
              animated={state === 'running'}
              striped={state === 'running'}
            />
          </Stack>
        )}
        {refusedPackage || isAlreadyRunning(status) ? (
          <Alert color="yellow" variant="light" title="An update is already running" role="alert">
            <Stack gap={4}>
              <Text size="sm">
                {refusedPackage
                  ? `The appliance did not install ${refusedPackage}: another update was running when it arrived.`
                  : 'The appliance refused an update package because another update was running.'}
              </Text>
              <Text size="sm">
                {ALREADY_RUNNING}: {meaningOf(ALREADY_RUNNING)}
              </Text>
              {state !== 'success' ? (
                <Text size="sm">This page keeps following the update that is running.</Text>
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        {state === 'failed' && code !== ALREADY_RUNNING ? (
          <Alert color="red" variant="light" title="The update failed" role="alert">
            <Stack gap={4}>
              {code ? (
                <Text size="sm">
                  <Text span fw={700} size="sm">
                    {code}
                  </Text>
                  : {meaningOf(code)}
                </Text>
              ) : null}
              {serverMessage ? (
                <Text size="sm">
                  The appliance says: <ServerInline text={serverMessage} />
                </Text>
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        {state === 'success' ? (
          <Alert color="teal" variant="light" title="The update was installed" role="status">
            {installedVersion
              ? `The appliance now reports version ${installedVersion}.`
              : 'The appliance finished installing the package.'}
          </Alert>
        ) : null}
        {state !== null ? (
          <Stack gap={6}>
            <Title order={3} size="h5">
              Last log lines
            </Title>
            {lines.length > 0 ? (
              <ServerText text={lines.join('\n')} label="Last update log lines" maxHeight={260} />
            ) : (
              <Text size="sm" c="dimmed">
                The appliance sent no log lines.
              </Text>
            )}
          </Stack>
        ) : null}
        <FullLog />
      </Stack>
    </Paper>
  );
}

/** Server text inside a sentence: still plain text, never markup. */
function ServerInline({ text }: { text: string }) {
  return (
    <Text span size="sm" ff="monospace">
      {text}
    </Text>
  );
}

function FullLog() {
  const { connection, client } = useConnectionClient();
  const [shown, setShown] = useState(false);
  const log = useQuery(updateLogQuery(connection.id, client, shown));

  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          onClick={() => (shown ? void log.refetch() : setShown(true))}
          loading={shown && log.isFetching}
        >
          {shown ? 'Reload full log' : 'Full log'}
        </Button>
        {shown ? (
          <Button variant="subtle" size="xs" onClick={() => setShown(false)}>
            Hide full log
          </Button>
        ) : null}
      </Group>
      {shown ? (
        <Title order={3} size="h5">
          Full update log
        </Title>
      ) : null}
      {shown ? (
        <QueryBoundary query={log} what="the update log">
          {(text) =>
            text === null ? (
              <Text size="sm" c="dimmed">
                No update log yet.
              </Text>
            ) : (
              <ServerText text={text} label="Full update log" />
            )
          }
        </QueryBoundary>
      ) : null}
    </Stack>
  );
}
