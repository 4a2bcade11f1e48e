import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { describeError } from '@/api/errors';
import type { UploadResult } from '@/api/upload';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { FileDrop } from '@/components/FileDrop';
import { UploadProgressBar } from '@/components/UploadProgressBar';
import { useUpload } from '@/lib/useUpload';
import {
  type CertsField,
  type CertsFormValues,
  certsFormSchema,
  certsUploadRequest,
} from '../api/uploadCerts';

/** PEM files are a few kilobytes; anything this big is the wrong file. */
const MAX_PEM_BYTES = 1_000_000;

const SLOTS: { name: CertsField; label: string; description: string }[] = [
  {
    name: 'public',
    label: 'Public certificate',
    description: 'PEM: -----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----',
  },
  {
    name: 'private',
    label: 'Private key',
    description: 'Unencrypted RSA key, PEM: -----BEGIN RSA PRIVATE KEY----- or PRIVATE KEY',
  },
  {
    name: 'ca',
    label: 'CA certificate (optional)',
    description: 'Intermediate or root certificate, PEM',
  },
];

const EMPTY: CertsFormValues = { public: null, private: null, ca: null };

/** Public certificate, private key and optional CA, checked as PEM before anything is sent. */
export function CertsUploadForm({
  busy,
  onUploaded,
}: {
  /** A certificate update is running: the appliance runs one at a time. */
  busy: boolean;
  onUploaded: (result: UploadResult) => void;
}) {
  const { client } = useConnectionClient();
  const upload = useUpload(client);
  const form = useForm<CertsFormValues>({
    resolver: zodResolver(certsFormSchema),
    defaultValues: EMPTY,
  });
  const uploading = upload.state.status === 'uploading';

  async function choose(name: CertsField, file: File | null) {
    form.setValue(name, file ? { file, text: await file.text() } : null, { shouldDirty: true });
    if (file || form.formState.isSubmitted) await form.trigger(name);
  }

  async function send(values: CertsFormValues) {
    if (!values.public || !values.private) return;
    try {
      const result = await upload.start(
        certsUploadRequest({
          public: values.public.file,
          private: values.private.file,
          ca: values.ca?.file ?? null,
        }),
      );
      form.reset(EMPTY);
      onUploaded(result);
    } catch {
      // Shown from upload.state below.
    }
  }

  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={form.handleSubmit(send)} noValidate>
        <Stack>
          <Title order={2} size="h4">
            Upload certificates
          </Title>
          <Text size="sm" c="dimmed">
            They replace the appliance&apos;s current (by default self-signed) certificate. Each
            file is checked here before anything is sent.
          </Text>
          {SLOTS.map((slot) => (
            <Controller
              key={slot.name}
              control={form.control}
              name={slot.name}
              render={({ field, fieldState }) => (
                <FileDrop
                  label={slot.label}
                  description={slot.description}
                  maxSize={MAX_PEM_BYTES}
                  file={field.value?.file ?? null}
                  onFile={(file) => void choose(slot.name, file)}
                  error={fieldState.error?.message}
                  disabled={uploading}
                />
              )}
            />
          ))}
          {upload.state.status === 'uploading' ? (
            <UploadProgressBar progress={upload.state.progress} onCancel={upload.cancel} />
          ) : null}
          {upload.state.status === 'cancelled' ? (
            <Text size="sm" c="dimmed" role="status">
              Upload cancelled; nothing was changed.
            </Text>
          ) : null}
          {upload.state.status === 'failed' ? (
            <Alert color="red" role="alert" title="The certificates were not uploaded">
              {describeError(upload.state.error)}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" disabled={busy || uploading} loading={uploading}>
              Upload certificates
            </Button>
            {busy ? (
              <Text size="sm" c="dimmed">
                Wait for the running update to finish.
              </Text>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
