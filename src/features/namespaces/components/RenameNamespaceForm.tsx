import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { serverFieldErrors } from '../api/formErrors';
import { namespacesKeys } from '../api/keys';
import { type NamespaceFormValues, namespaceFormSchema } from '../api/rules';
import type { Namespace } from '../api/schemas';
import { updateNamespace } from '../api/updateNamespace';
import { FailureAlert } from './FailureAlert';
import { useNamespaceSession } from './useNamespaceSession';

export function RenameNamespaceForm({
  namespace,
  canEdit,
}: {
  namespace: Namespace;
  canEdit: boolean;
}) {
  const { connection, client } = useNamespaceSession();
  const queryClient = useQueryClient();
  const form = useForm<NamespaceFormValues>({
    resolver: zodResolver(namespaceFormSchema),
    defaultValues: { name: namespace.name },
  });
  const rename = useMutation({
    mutationFn: (values: NamespaceFormValues) =>
      updateNamespace(client, namespace.tenant_id, { name: values.name }),
    onSuccess: (updated) => {
      queryClient.setQueryData(namespacesKeys.namespace(connection.id, updated.tenant_id), updated);
      void queryClient.invalidateQueries({ queryKey: namespacesKeys.switcherList(connection.id) });
      form.reset({ name: updated.name });
      notifications.show({
        color: 'teal',
        title: 'Namespace renamed',
        message: `The namespace is now called ${updated.name}.`,
      });
    },
    onError: (error) => {
      const fields = serverFieldErrors(error);
      if (fields?.name) form.setError('name', { type: 'server', message: fields.name });
    },
  });
  const shownError = rename.error && !serverFieldErrors(rename.error) ? rename.error : null;
  return (
    <form onSubmit={form.handleSubmit((values) => rename.mutate(values))} noValidate>
      <Stack>
        <FailureAlert
          error={shownError}
          title="The namespace was not renamed"
          action="rename this namespace"
        />
        <TextInput
          label="Namespace name"
          description="Lowercase letters, digits and hyphens, up to 30 characters"
          required
          disabled={!canEdit}
          {...form.register('name')}
          error={form.formState.errors.name?.message}
        />
        {canEdit ? (
          <Group>
            <Button type="submit" loading={rename.isPending} disabled={!form.formState.isDirty}>
              Rename
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
