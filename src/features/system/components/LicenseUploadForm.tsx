import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { ApiError, describeError, isAbortError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { FileDrop } from '@/components/FileDrop';
import { UploadProgressBar } from '@/components/UploadProgressBar';
import { useUpload } from '@/lib/useUpload';
import {
  type LicenseFormValues,
  type LicenseInstall,
  installLicense,
  licenseFormSchema,
} from '../api/installLicense';
import { licenseQuery } from '../api/license';

function DropOutcome({ outcome }: { outcome: Extract<LicenseInstall, { kind: 'dropped' }> }) {
  if (outcome.applied === true) {
    return (
      <Alert
        color="teal"
        role="status"
        title="The appliance closed the connection, but the new license is installed"
      >
        It stored the license and ended the request without an answer, a known fault of Admin API
        v1.24.0. The details above were read back from the appliance.
      </Alert>
    );
  }
  if (outcome.applied === false) {
    return (
      <Alert color="red" title="The license was not applied">
        The appliance closed the connection without an answer and still reports the license it had
        before. If this file is the license already installed, nothing needed to change.
      </Alert>
    );
  }
  return (
    <Alert color="yellow" title="The appliance closed the connection without an answer">
      {outcome.readError
        ? `Whether the license was applied could not be checked: ${describeError(outcome.readError)}`
        : 'The license it reports now is shown above; check that it is the one you uploaded.'}
    </Alert>
  );
}

function FailedUpload({ error }: { error: unknown }) {
  const invalid = error instanceof ApiError && error.status === 400;
  return (
    <Alert
      color="red"
      title={
        invalid
          ? 'The appliance could not decrypt or validate this license file'
          : 'The license was not uploaded'
      }
    >
      {describeError(error)}
    </Alert>
  );
}

export function LicenseUploadForm() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const upload = useUpload(client);
  const form = useForm<LicenseFormValues>({
    resolver: zodResolver(licenseFormSchema),
    defaultValues: { file: null },
  });
  const install = useMutation({
    mutationFn: (file: File) =>
      installLicense(file, upload.start, () =>
        queryClient.fetchQuery({ ...licenseQuery(connection.id, client), staleTime: 0 }),
      ),
    onSuccess: (result) => {
      if (result.kind === 'installed') {
        queryClient.setQueryData(licenseQuery(connection.id, client).queryKey, result.license);
      }
      if (result.kind === 'installed' || result.applied === true) {
        form.reset();
        notifications.show({
          color: 'teal',
          title: 'License installed',
          message: `${connection.name} is licensed to ${result.license?.name ?? 'the new holder'}.`,
        });
      }
    },
  });
  const uploading = upload.state.status === 'uploading' ? upload.state.progress : null;
  const failure = install.error && !isAbortError(install.error) ? install.error : null;

  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={form.handleSubmit((values) => values.file && install.mutate(values.file))}
        noValidate
      >
        <Stack>
          <Title order={2} size="h4">
            Install a license
          </Title>
          <Controller
            control={form.control}
            name="file"
            render={({ field, fieldState }) => (
              <FileDrop
                label="License file"
                description="The encrypted license file from your vendor, for example license.asc. It replaces the installed license."
                file={field.value}
                onFile={(file) => {
                  field.onChange(file);
                  install.reset();
                }}
                error={fieldState.error?.message}
                disabled={install.isPending}
              />
            )}
          />
          {uploading ? <UploadProgressBar progress={uploading} onCancel={upload.cancel} /> : null}
          {install.isError && isAbortError(install.error) ? (
            <Text size="sm" c="dimmed" role="status">
              Upload cancelled.
            </Text>
          ) : null}
          {failure ? <FailedUpload error={failure} /> : null}
          {install.data?.kind === 'dropped' ? <DropOutcome outcome={install.data} /> : null}
          <Button type="submit" loading={install.isPending} w="fit-content">
            Upload license
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
