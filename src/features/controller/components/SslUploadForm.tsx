import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { FileDrop } from '@/components/FileDrop';
import { checkCertificatePem, checkPrivateKeyPem } from '@/lib/pem';
import { installSsl, sslQuery, uploadSslKeypair, waitForSslInstall } from '../api/ssl';
import { MutationError } from './MutationError';

type Slot = 'cert' | 'key';
interface Chosen {
  file: File;
  text: string;
  error: string | null;
}

/** Upload a certificate and key (both PEM-checked here), install them, follow the install job. */
export function SslUploadForm() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<Partial<Record<Slot, Chosen>>>({});
  const [missing, setMissing] = useState<Slot[]>([]);
  const [status, setStatus] = useState<string | null>(null);

  async function choose(slot: Slot, file: File | null) {
    setMissing((current) => current.filter((name) => name !== slot));
    install.reset();
    if (!file) {
      setFiles((current) => ({ ...current, [slot]: undefined }));
      return;
    }
    const text = await file.text();
    const error = slot === 'cert' ? checkCertificatePem(text) : checkPrivateKeyPem(text);
    setFiles((current) => ({ ...current, [slot]: { file, text, error } }));
  }

  const install = useMutation({
    mutationFn: async ({ cert, key }: { cert: string; key: string }) => {
      setStatus('Uploading the certificate and key');
      await uploadSslKeypair(client, cert, key);
      const job = await installSsl(client);
      setStatus(job.status);
      return waitForSslInstall(client, job.uuid, setStatus);
    },
    onSuccess: (job) => {
      setFiles({});
      void queryClient.invalidateQueries({ queryKey: sslQuery(connection.id, client).queryKey });
      notifications.show({ color: 'teal', title: 'Certificate installed', message: job.status });
    },
    onSettled: () => setStatus(null),
  });

  function submit() {
    const absent = (['cert', 'key'] as const).filter((slot) => !files[slot]);
    setMissing(absent);
    const { cert, key } = files;
    if (!cert || !key || cert.error || key.error) return;
    install.mutate({ cert: cert.text, key: key.text });
  }

  const errorOf = (slot: Slot) =>
    files[slot]?.error ?? (missing.includes(slot) ? 'Choose a file first' : undefined);

  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Replace the certificate
        </Title>
        <Text size="sm" c="dimmed">
          The controller's HTTPS listener restarts with the new pair; expect a short pause.
        </Text>
        <FileDrop
          label="Certificate (PEM)"
          file={files.cert?.file ?? null}
          onFile={(file) => void choose('cert', file)}
          error={errorOf('cert')}
          disabled={install.isPending}
        />
        <FileDrop
          label="Private key (PEM)"
          description="An unencrypted RSA key"
          file={files.key?.file ?? null}
          onFile={(file) => void choose('key', file)}
          error={errorOf('key')}
          disabled={install.isPending}
        />
        {status ? (
          <Alert color="blue" variant="light" role="status" title="Installing">
            {status}
          </Alert>
        ) : null}
        <MutationError error={install.error} title="The certificate was not installed" />
        <Button onClick={submit} loading={install.isPending} w="fit-content">
          Upload and install
        </Button>
      </Stack>
    </Paper>
  );
}
