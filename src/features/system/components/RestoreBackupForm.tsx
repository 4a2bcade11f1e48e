import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { describeError, isAbortError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { FileDrop } from '@/components/FileDrop';
import { UploadProgressBar } from '@/components/UploadProgressBar';
import { useUpload } from '@/lib/useUpload';
import { systemKeys } from '../api/keys';
import {
  type RestoreFormValues,
  restoreFormSchema,
  restoreUploadRequest,
} from '../api/restoreBackup';

export function RestoreBackupForm() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const upload = useUpload(client);
  const [pending, setPending] = useState<File | null>(null);
  const form = useForm<RestoreFormValues>({
    resolver: zodResolver(restoreFormSchema),
    defaultValues: { file: null },
  });
  const restore = useMutation({
    mutationFn: (file: File) => upload.start(restoreUploadRequest(file)),
    onSuccess: (_result, file) => {
      form.reset();
      // The restored files in /data hold the appliance's settings, storage and license.
      void queryClient.invalidateQueries({ queryKey: systemKeys.all(connection.id) });
      notifications.show({
        color: 'teal',
        title: 'Backup restored',
        message: `${connection.name} was restored from ${file.name}.`,
      });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: systemKeys.backupStatus(connection.id) });
      void queryClient.invalidateQueries({ queryKey: systemKeys.backupLog(connection.id) });
    },
  });
  const uploading = upload.state.status === 'uploading' ? upload.state.progress : null;

  function confirm() {
    if (!pending) return;
    restore.mutate(pending);
    setPending(null);
  }

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={form.handleSubmit((values) => setPending(values.file))} noValidate>
        <Stack>
          <Title order={2} size="h4">
            Restore
          </Title>
          <Alert color="yellow" variant="light">
            <Text size="sm">
              Restore will overwrite files in /data with the contents of the archive.
            </Text>
          </Alert>
          <Controller
            control={form.control}
            name="file"
            render={({ field, fieldState }) => (
              <FileDrop
                label="Backup archive"
                description="A tar archive made by this appliance's backup, for example backup.tar."
                file={field.value}
                onFile={(file) => {
                  field.onChange(file);
                  restore.reset();
                }}
                error={fieldState.error?.message}
                disabled={restore.isPending}
              />
            )}
          />
          {uploading ? (
            <UploadProgressBar progress={uploading} onCancel={upload.cancel} label="Restoring" />
          ) : null}
          {restore.isError && isAbortError(restore.error) ? (
            <Text size="sm" c="dimmed" role="status">
              Upload cancelled.
            </Text>
          ) : null}
          {restore.isError && !isAbortError(restore.error) ? (
            <Alert color="red" title="The backup was not restored">
              {describeError(restore.error)}
            </Alert>
          ) : null}
          {restore.isSuccess ? (
            <Alert color="teal" role="status" title="Backup restored">
              The files in /data were restored from {restore.variables.name}.
            </Alert>
          ) : null}
          <Button type="submit" color="red" loading={restore.isPending} w="fit-content">
            Restore backup
          </Button>
        </Stack>
      </form>
      <ConfirmDialog
        opened={pending !== null}
        title={`Restore ${pending?.name ?? 'the backup'}?`}
        confirmLabel="Restore and overwrite /data"
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        Restore will overwrite files in /data on {connection.name} with the contents of{' '}
        {pending?.name}. This cannot be undone.
      </ConfirmDialog>
    </Paper>
  );
}
