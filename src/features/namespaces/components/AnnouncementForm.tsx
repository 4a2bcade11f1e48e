import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod/mini';
import { serverFieldErrors } from '../api/formErrors';
import { namespacesKeys } from '../api/keys';
import { ANNOUNCEMENT_MAX, announcementFormSchema } from '../api/rules';
import type { Namespace } from '../api/schemas';
import { updateNamespace } from '../api/updateNamespace';
import { FailureAlert } from './FailureAlert';
import { useNamespaceSession } from './useNamespaceSession';

type Values = z.infer<typeof announcementFormSchema>;

/** `settings.connection_announcement`: the text devices show when an SSH session opens. */
export function AnnouncementForm({
  namespace,
  canEdit,
}: {
  namespace: Namespace;
  canEdit: boolean;
}) {
  const { connection, client } = useNamespaceSession();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    resolver: zodResolver(announcementFormSchema),
    defaultValues: { connection_announcement: namespace.settings.connection_announcement ?? '' },
  });
  const text = useWatch({ control: form.control, name: 'connection_announcement' });
  const save = useMutation({
    mutationFn: (values: Values) =>
      updateNamespace(client, namespace.tenant_id, { settings: values }),
    onSuccess: (updated) => {
      queryClient.setQueryData(namespacesKeys.namespace(connection.id, updated.tenant_id), updated);
      form.reset({ connection_announcement: updated.settings.connection_announcement ?? '' });
      notifications.show({
        color: 'teal',
        title: 'Connection announcement saved',
        message: 'Devices show it when an SSH session opens.',
      });
    },
    onError: (error) => {
      const reason = serverFieldErrors(error)?.['settings.connection_announcement'];
      if (reason) form.setError('connection_announcement', { type: 'server', message: reason });
    },
  });
  const fieldError = serverFieldErrors(save.error)?.['settings.connection_announcement'];
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <FailureAlert
          error={fieldError ? null : save.error}
          title="The announcement was not saved"
          action="change the connection announcement"
        />
        <Textarea
          label="Connection announcement"
          description={`Shown at SSH login; plain text, ${(text ?? '').length} of ${ANNOUNCEMENT_MAX} characters`}
          autosize
          minRows={3}
          maxRows={10}
          disabled={!canEdit}
          {...form.register('connection_announcement')}
          error={form.formState.errors.connection_announcement?.message}
        />
        {canEdit ? (
          <Group>
            <Button type="submit" loading={save.isPending} disabled={!form.formState.isDirty}>
              Save announcement
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
