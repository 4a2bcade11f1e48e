import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { NetworkError, describeError, isAbortError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import type { UploadProgress, UploadResult } from '@/api/upload';
import { FileDrop } from '@/components/FileDrop';
import { UploadProgressBar } from '@/components/UploadProgressBar';
import { useUpload } from '@/lib/useUpload';
import {
  UPDATE_EXTENSION,
  type UpdatePackageValues,
  updatePackageSchema,
  updateUploadRequest,
} from '../api/postUpdate';
import { PackageFacts } from './PackageFacts';
import { useFileSha256 } from './useFileSha256';

type Outcome = { kind: 'cancelled' } | { kind: 'dropped' } | { kind: 'refused'; error: unknown };

function isComplete(progress: UploadProgress | null): boolean {
  return progress !== null && progress.total > 0 && progress.loaded >= progress.total;
}

/**
 * Choose, check and send an update package. `onSent` follows an accepted package; `onUncertain`
 * re-reads the status when the package may or may not have reached the appliance.
 */
export function UpdateUploadCard({
  client,
  updateRunning,
  onSent,
  onUncertain,
}: {
  client: HttpClient;
  updateRunning: boolean;
  onSent: (file: File, result: UploadResult) => void;
  onUncertain: () => void;
}) {
  const form = useForm<{ package: File | null }, unknown, UpdatePackageValues>({
    resolver: zodResolver(updatePackageSchema),
    defaultValues: { package: null },
  });
  const file = useWatch({ control: form.control, name: 'package' });
  const hash = useFileSha256(file);
  const upload = useUpload(client);
  const [wholeFileSentAtCancel, setWholeFileSentAtCancel] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const progress = upload.state.status === 'uploading' ? upload.state.progress : null;
  const uploading = progress !== null;

  async function send(values: UpdatePackageValues) {
    setOutcome(null);
    try {
      const result = await upload.start(updateUploadRequest(values.package));
      form.reset({ package: null });
      upload.reset();
      onSent(values.package, result);
    } catch (error) {
      if (isAbortError(error)) {
        setOutcome({ kind: 'cancelled' });
      } else if (error instanceof NetworkError) {
        setOutcome({ kind: 'dropped' });
        onUncertain();
      } else {
        setOutcome({ kind: 'refused', error });
      }
    }
  }

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="update-install-title">
      <form onSubmit={form.handleSubmit(send)} noValidate>
        <Stack>
          <Title order={2} size="h4" id="update-install-title">
            Install an update package
          </Title>
          <Text size="sm" c="dimmed">
            The appliance decrypts and verifies the package, checks that its version is newer, then
            installs it in the background. Only one update can run at a time.
          </Text>
          {updateRunning ? (
            <Alert color="yellow" variant="light" title="An update is running">
              The appliance refuses another package until it ends (E1004).
            </Alert>
          ) : null}
          <Controller
            control={form.control}
            name="package"
            render={({ field, fieldState }) => (
              <FileDrop
                label="Update package"
                description="The encrypted software update package (.enc) from the vendor."
                accept={[UPDATE_EXTENSION]}
                file={field.value}
                onFile={(chosen) => {
                  setOutcome(null);
                  upload.reset();
                  // a rejected file (wrong type) is explained by FileDrop itself
                  form.setValue('package', chosen, { shouldValidate: chosen !== null });
                  if (!chosen) form.clearErrors('package');
                }}
                error={fieldState.error?.message}
                disabled={uploading}
              />
            )}
          />
          {file ? <PackageFacts file={file} hash={hash} /> : null}
          {progress ? (
            <UploadProgressBar
              progress={progress}
              onCancel={() => {
                const whole = isComplete(progress);
                setWholeFileSentAtCancel(whole);
                upload.cancel();
                if (whole) onUncertain();
              }}
              label={
                isComplete(progress)
                  ? 'Sent; waiting for the appliance to accept it'
                  : 'Uploading the package'
              }
            />
          ) : null}
          <OutcomeAlert outcome={outcome} wholeFileSentAtCancel={wholeFileSentAtCancel} />
          <Button type="submit" w="fit-content" loading={uploading}>
            Send update
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function OutcomeAlert({
  outcome,
  wholeFileSentAtCancel,
}: {
  outcome: Outcome | null;
  wholeFileSentAtCancel: boolean;
}) {
  if (!outcome) return null;
  switch (outcome.kind) {
    case 'cancelled':
      return (
        <Alert color="gray" variant="light" title="Upload cancelled" role="status">
          {wholeFileSentAtCancel
            ? 'The whole package had already reached the appliance, so the update may have started; its status was read again.'
            : 'The appliance did not receive the whole package, so no update was started.'}
        </Alert>
      );
    case 'dropped':
      return (
        <Alert color="red" variant="light" title="The connection dropped" role="alert">
          The connection closed during the upload, before the appliance answered. The update may or
          may not have started; its status was read again from the appliance.
        </Alert>
      );
    case 'refused':
      return (
        <Alert color="red" variant="light" title="The package was not accepted" role="alert">
          {describeError(outcome.error)}
        </Alert>
      );
  }
}
