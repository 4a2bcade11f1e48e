import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { isAbortError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { describeGatewayError } from '../api/scopeError';
import type { ServerEvent } from '../api/sse';
import { tailLogs } from '../api/tailLogs';

interface LogLine {
  id: string;
  uuid: string;
  status: string;
  target: string;
  time: string;
}

function toLine(event: ServerEvent, index: number): LogLine {
  try {
    const data = JSON.parse(event.data) as Record<string, unknown>;
    const text = (key: string) => (typeof data[key] === 'string' ? data[key] : '');
    return {
      id: event.id ?? String(index),
      uuid: text('uuid'),
      status: text('status'),
      target: text('target-name'),
      time: text('deviceTime'),
    };
  } catch {
    return { id: event.id ?? String(index), uuid: '', status: event.data, target: '', time: '' };
  }
}

/** Follows update progress: the server's event stream of device status lines. */
export function LogTail({
  tag,
  name,
  rollout,
}: {
  tag: string;
  name: string;
  rollout: string | null;
}) {
  const { client } = useConnectionClient();
  const [lines, setLines] = useState<LogLine[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [following, setFollowing] = useState(false);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  function follow() {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setLines([]);
    setNotice(null);
    setFailure(null);
    setFollowing(true);
    tailLogs(
      client,
      tag,
      name,
      rollout,
      (events) => {
        const errors = events.filter((event) => event.event === 'error');
        if (errors.length) setNotice(errors.map((event) => event.data).join(' '));
        const logs = events.filter((event) => event.event === 'log');
        if (logs.length) setLines((current) => [...current, ...logs.map(toLine)]);
      },
      abort.signal,
    )
      .catch((error: unknown) => {
        if (!isAbortError(error)) setFailure(describeGatewayError(error));
      })
      .finally(() => {
        if (controller.current === abort) setFollowing(false);
      });
  }

  return (
    <Stack>
      <Group>
        <Button variant="light" onClick={follow} loading={following}>
          Follow progress
        </Button>
        {following ? (
          <Button variant="default" onClick={() => controller.current?.abort()}>
            Stop
          </Button>
        ) : null}
      </Group>
      {failure ? (
        <Alert color="red" role="alert" title="Could not follow progress">
          {failure}
        </Alert>
      ) : null}
      {notice ? (
        <Alert color="yellow" title="The gateway says">
          {notice}
        </Alert>
      ) : null}
      {lines.length ? (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Update progress">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Device</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Target</Table.Th>
                <Table.Th>Device time</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td>
                    <Text size="xs" ff="monospace">
                      {line.uuid}
                    </Text>
                  </Table.Td>
                  <Table.Td>{line.status}</Table.Td>
                  <Table.Td>{line.target}</Table.Td>
                  <Table.Td>{line.time ? new Date(line.time).toLocaleString() : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
