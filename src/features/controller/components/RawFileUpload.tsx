import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { isAbortError } from '@/api/errors';
import type { UploadRequest, UploadResult } from '@/api/upload';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { FileDrop } from '@/components/FileDrop';
import { UploadProgressBar } from '@/components/UploadProgressBar';
import { useUpload } from '@/lib/useUpload';
import { MutationError } from './MutationError';

type Start = (request: Omit<UploadRequest, 'signal' | 'onProgress'>) => Promise<UploadResult>;

/**
 * One file sent as a raw body with progress and cancel. `send` does the request through `start`;
 * `onDone` gets its parsed result.
 */
export function RawFileUpload<T>({
  title,
  fileLabel,
  description,
  submitLabel,
  children,
  send,
  onDone,
  failureTitle,
  confirm,
}: {
  title: string;
  fileLabel: string;
  description: string;
  submitLabel: string;
  children?: ReactNode;
  send: (start: Start, file: File) => Promise<T>;
  onDone: (result: T) => void;
  failureTitle: string;
  /** Asks before sending (e.g. an action that reboots); resolves to whether to go on. */
  confirm?: (file: File, go: () => void) => void;
}) {
  const { client } = useConnectionClient();
  const upload = useUpload(client);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: (chosen: File) => send(upload.start, chosen),
    onSuccess: (result) => {
      setFile(null);
      onDone(result);
    },
  });
  const progress = upload.state.status === 'uploading' ? upload.state.progress : null;
  const failure = mutation.error && !isAbortError(mutation.error) ? mutation.error : null;

  function submit() {
    if (!file) {
      setMissing(true);
      return;
    }
    const chosen = file;
    if (confirm) confirm(chosen, () => mutation.mutate(chosen));
    else mutation.mutate(chosen);
  }

  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
        <FileDrop
          label={fileLabel}
          description={description}
          file={file}
          onFile={(chosen) => {
            setFile(chosen);
            setMissing(false);
            mutation.reset();
          }}
          error={missing ? 'Choose a file first' : undefined}
          disabled={mutation.isPending}
        />
        {progress ? <UploadProgressBar progress={progress} onCancel={upload.cancel} /> : null}
        {mutation.isError && isAbortError(mutation.error) ? (
          <Text size="sm" c="dimmed" role="status">
            Upload cancelled.
          </Text>
        ) : null}
        <MutationError error={failure} title={failureTitle} />
        <Button onClick={submit} loading={mutation.isPending} w="fit-content">
          {submitLabel}
        </Button>
      </Stack>
    </Paper>
  );
}
