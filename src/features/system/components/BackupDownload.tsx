import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { type DownloadProgress, saveBlob } from '@/api/download';
import { describeError, isAbortError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { formatBytes } from '@/lib/format';
import { downloadBackup } from '../api/backupDownload';

type State =
  | { status: 'idle' }
  | { status: 'downloading'; progress: DownloadProgress }
  | { status: 'failed'; error: unknown };

export function BackupDownload({ client }: { client: HttpClient }) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  async function start() {
    const abort = new AbortController();
    controller.current = abort;
    setState({ status: 'downloading', progress: { loaded: 0, total: null } });
    try {
      const { blob, fileName } = await downloadBackup(
        client,
        (progress) => setState({ status: 'downloading', progress }),
        abort.signal,
      );
      saveBlob(blob, fileName);
      setState({ status: 'idle' });
      notifications.show({
        color: 'teal',
        title: 'Backup downloaded',
        message: `${fileName} (${formatBytes(blob.size)})`,
      });
    } catch (error) {
      setState(isAbortError(error) ? { status: 'idle' } : { status: 'failed', error });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  if (state.status === 'downloading') {
    const { loaded, total } = state.progress;
    const percent = total ? Math.round((loaded / total) * 100) : null;
    return (
      <Stack gap={6}>
        <Group justify="space-between">
          <Text size="sm">
            Downloading backup.tar: {formatBytes(loaded)}
            {total ? ` of ${formatBytes(total)}` : ''}
          </Text>
          <Button size="xs" variant="default" onClick={() => controller.current?.abort()}>
            Cancel download
          </Button>
        </Group>
        <Progress
          value={percent ?? 100}
          animated={percent === null}
          striped={percent === null}
          aria-label="Download progress"
        />
      </Stack>
    );
  }

  return (
    <Stack gap="xs">
      <Button onClick={() => void start()} w="fit-content">
        Download backup.tar
      </Button>
      {state.status === 'failed' ? (
        <Alert color="red" title="The backup could not be downloaded">
          {describeError(state.error)}
        </Alert>
      ) : null}
    </Stack>
  );
}
