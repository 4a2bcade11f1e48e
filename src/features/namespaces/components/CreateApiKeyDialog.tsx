import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Select,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { DialogFooter } from '@/components/DialogFooter';
import { createApiKey } from '../api/createApiKey';
import { serverFieldErrors } from '../api/formErrors';
import { namespacesKeys } from '../api/keys';
import { ROLE_LABELS, atLeast } from '../api/roles';
import { API_KEY_EXPIRY, type ApiKeyFormValues, KEY_ROLES, apiKeyFormSchema } from '../api/rules';
import { FailureAlert } from './FailureAlert';
import { useNamespaceSession } from './useNamespaceSession';

const FIELDS = { name: 'name', expires_at: 'expires', role: 'role' } as const;

/** Creates a key, then shows its value once: the server never returns it again. */
export function CreateApiKeyDialog({
  tenant,
  opened,
  onClose,
}: {
  tenant: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { connection, client, identity } = useNamespaceSession();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const roles = KEY_ROLES.filter((role) => atLeast(identity?.role, role));
  const form = useForm<ApiKeyFormValues>({
    resolver: zodResolver(apiKeyFormSchema),
    defaultValues: { name: '', expires: '30', role: identity?.role ?? 'observer' },
  });
  const create = useMutation({
    mutationFn: (values: ApiKeyFormValues) => createApiKey(client, values),
    onSuccess: async (key) => {
      setCreated({ name: key.name, key: key.id });
      await queryClient.invalidateQueries({
        queryKey: namespacesKeys.apiKeys(connection.id, tenant),
      });
      notifications.show({
        color: 'teal',
        title: 'API key created',
        message: `${key.name} is ready; copy it now.`,
      });
    },
    onError: (error) => {
      for (const [field, reason] of Object.entries(serverFieldErrors(error) ?? {})) {
        const name = FIELDS[field as keyof typeof FIELDS];
        if (name) form.setError(name, { type: 'server', message: reason });
      }
    },
  });
  function close() {
    setCreated(null);
    create.reset();
    form.reset();
    onClose();
  }
  const shownError = create.error && !serverFieldErrors(create.error) ? create.error : null;
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? `API key ${created.name}` : 'Create API key'}
      centered
      size="lg"
    >
      {created ? (
        <Stack>
          <Alert color="yellow" title="Copy the key now">
            This is the only time the key is shown. Send it in the X-API-KEY header.
          </Alert>
          <Code block aria-label="New API key">
            {created.key}
          </Code>
          <Group justify="flex-end">
            <CopyButton value={created.key}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? 'Copied' : 'Copy key'}
                </Button>
              )}
            </CopyButton>
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={form.handleSubmit((values) => create.mutate(values))} noValidate>
          <Stack>
            <FailureAlert
              error={shownError}
              title="The API key was not created"
              action="create API keys"
            />
            <TextInput
              label="Name"
              description="3–20 letters, digits, underscores or hyphens; unique in the namespace"
              required
              data-autofocus
              {...form.register('name')}
              error={form.formState.errors.name?.message}
            />
            <Controller
              control={form.control}
              name="expires"
              render={({ field }) => (
                <Select
                  label="Expires after"
                  required
                  allowDeselect={false}
                  data={API_KEY_EXPIRY.map((option) => ({ ...option }))}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  error={form.formState.errors.expires?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="role"
              render={({ field }) => (
                <Select
                  label="Role"
                  description="What the key may do; up to your own role"
                  required
                  allowDeselect={false}
                  data={roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  error={form.formState.errors.role?.message}
                />
              )}
            />
            <DialogFooter
              onCancel={close}
              submitLabel="Create API key"
              loading={create.isPending}
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
