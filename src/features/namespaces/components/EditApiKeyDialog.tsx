import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { DialogFooter } from '@/components/DialogFooter';
import type { ShellHubRole } from '@/auth/shellhub/identity';
import { serverFieldErrors } from '../api/formErrors';
import { namespacesKeys } from '../api/keys';
import { ROLE_LABELS, atLeast } from '../api/roles';
import { KEY_ROLES, apiKeyFormSchema } from '../api/rules';
import type { ApiKey } from '../api/schemas';
import { updateApiKey } from '../api/updateApiKey';
import { FailureAlert } from './FailureAlert';
import { useNamespaceSession } from './useNamespaceSession';

const editSchema = z.pick(apiKeyFormSchema, { name: true, role: true });
type EditValues = z.infer<typeof editSchema>;

/** Renames a key or changes its role; the key value itself never changes. */
export function EditApiKeyDialog({
  tenant,
  apiKey,
  onClose,
}: {
  tenant: string;
  apiKey: ApiKey;
  onClose: () => void;
}) {
  const { connection, client, identity } = useNamespaceSession();
  const queryClient = useQueryClient();
  const roles = KEY_ROLES.filter((role) => atLeast(identity?.role, role));
  const form = useForm<EditValues>({
    resolver: zodResolver(editSchema),
    defaultValues: { name: apiKey.name, role: apiKey.role },
  });
  const save = useMutation({
    mutationFn: (values: EditValues) => {
      const change: { name?: string; role?: ShellHubRole } = {};
      if (values.name !== apiKey.name) change.name = values.name;
      if (values.role !== apiKey.role) change.role = values.role;
      return updateApiKey(client, apiKey.name, change);
    },
    onSuccess: async (_data, values) => {
      await queryClient.invalidateQueries({
        queryKey: namespacesKeys.apiKeys(connection.id, tenant),
      });
      notifications.show({
        color: 'teal',
        title: 'API key updated',
        message: `${values.name} has the role ${ROLE_LABELS[values.role].toLowerCase()}.`,
      });
      onClose();
    },
    onError: (error) => {
      const fields = serverFieldErrors(error);
      if (fields?.name) form.setError('name', { type: 'server', message: fields.name });
      if (fields?.role) form.setError('role', { type: 'server', message: fields.role });
    },
  });
  const shownError = save.error && !serverFieldErrors(save.error) ? save.error : null;
  return (
    <Modal opened onClose={onClose} title={`Edit API key ${apiKey.name}`} centered>
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <FailureAlert
            error={shownError}
            title="The API key was not changed"
            action="change API keys"
          />
          <TextInput
            label="Name"
            description="3–20 letters, digits, underscores or hyphens"
            required
            {...form.register('name')}
            error={form.formState.errors.name?.message}
          />
          <Controller
            control={form.control}
            name="role"
            render={({ field }) => (
              <Select
                label="Role"
                required
                allowDeselect={false}
                data={roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                error={form.formState.errors.role?.message}
              />
            )}
          />
          <DialogFooter onCancel={onClose} submitLabel="Save changes" loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
