import { Alert, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useId, useRef, useState } from 'react';
import type { DownloadProgress } from '@/api/download';
import { saveBlob } from '@/api/download';
import { ApiError, describeError, isAbortError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { formatBytes } from '@/lib/format';

type Fetcher = (
  client: HttpClient,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
) => Promise<{ blob: Blob; fileName: string }>;

/** One support file: what it holds, a download with byte progress, and why it may be missing. */
export function SupportDownloadCard({
  title,
  fileName,
  enabled,
  fetcher,
  children,
}: {
  title: string;
  fileName: string;
  /** false when GET /endpoints does not list the endpoint. */
  enabled: boolean;
  fetcher: Fetcher;
  children: ReactNode;
}) {
  const { client } = useConnectionClient();
  const titleId = useId();
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  const fetchFile = useMutation({
    mutationFn: async () => {
      const abort = new AbortController();
      controller.current = abort;
      setProgress({ loaded: 0, total: null });
      return fetcher(client, setProgress, abort.signal);
    },
    onSuccess: ({ blob, fileName: saved }) => saveBlob(blob, saved),
  });
  const error = fetchFile.error;
  const downloading = fetchFile.isPending;
  const percent =
    progress?.total && progress.total > 0
      ? Math.round((progress.loaded / progress.total) * 100)
      : null;

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={titleId}>
      <Stack>
        <Title order={2} size="h4" id={titleId}>
          {title}
        </Title>
        <Text size="sm">{children}</Text>
        {!enabled ? (
          <Alert color="gray" variant="light" title="Not enabled on this appliance">
            The appliance does not list this download among its endpoints.
          </Alert>
        ) : (
          <>
            {downloading && progress ? (
              <Stack gap={6}>
                <Group justify="space-between">
                  <Text size="sm">
                    Downloading {fileName}: {formatBytes(progress.loaded)}
                    {progress.total ? ` of ${formatBytes(progress.total)}` : ''}
                  </Text>
                  <Button size="xs" variant="default" onClick={() => controller.current?.abort()}>
                    Cancel download
                  </Button>
                </Group>
                <Progress
                  value={percent ?? 100}
                  animated
                  striped={percent === null}
                  aria-label={`${fileName} download progress`}
                />
              </Stack>
            ) : null}
            {fetchFile.isSuccess ? (
              <Alert color="teal" variant="light" role="status" title="Downloaded">
                Saved {fetchFile.data.fileName} ({formatBytes(fetchFile.data.blob.size)}).
              </Alert>
            ) : null}
            {error ? <DownloadError error={error} fileName={fileName} /> : null}
            <Button
              variant="default"
              w="fit-content"
              onClick={() => fetchFile.mutate()}
              loading={downloading}
            >
              Download {fileName}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function DownloadError({ error, fileName }: { error: unknown; fileName: string }) {
  if (isAbortError(error)) {
    return (
      <Alert color="gray" variant="light" role="status" title="Download cancelled">
        Nothing was saved.
      </Alert>
    );
  }
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Alert color="yellow" variant="light" role="alert" title={`${fileName} is not available`}>
        The appliance has no {fileName} to send (404).
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" role="alert" title={`Could not download ${fileName}`}>
      {error instanceof ApiError && error.status === 400
        ? `The appliance could not create it. ${describeError(error)}`
        : describeError(error)}
    </Alert>
  );
}
