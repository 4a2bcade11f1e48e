import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { DialogFooter } from '@/components/DialogFooter';
import { createNamespace } from '../api/createNamespace';
import { serverFieldErrors } from '../api/formErrors';
import { type NamespaceFormValues, namespaceFormSchema } from '../api/rules';
import { FailureAlert } from './FailureAlert';
import { useNamespaceSession } from './useNamespaceSession';
import { useSwitchNamespace } from './useSwitchNamespace';

/** Creates a namespace, then switches the session to it as ShellHub's console does. */
export function CreateNamespaceDialog({
  opened,
  onClose,
}: {
  opened: boolean;
  onClose: () => void;
}) {
  const { client } = useNamespaceSession();
  const switchTo = useSwitchNamespace();
  const form = useForm<NamespaceFormValues>({
    resolver: zodResolver(namespaceFormSchema),
    defaultValues: { name: '' },
  });
  const create = useMutation({
    mutationFn: (values: NamespaceFormValues) => createNamespace(client, values.name),
    onSuccess: (namespace) => {
      switchTo.mutate(namespace.tenant_id, {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            title: 'Namespace created',
            message: `You are now working in ${namespace.name}.`,
          }),
        onError: () =>
          notifications.show({
            color: 'yellow',
            title: 'Namespace created',
            message: `${namespace.name} exists, but the switch to it failed: choose it in the namespace selector.`,
          }),
      });
      close();
    },
    onError: (error) => {
      const fields = serverFieldErrors(error);
      if (fields?.name) form.setError('name', { type: 'server', message: fields.name });
    },
  });
  function close() {
    create.reset();
    form.reset();
    onClose();
  }
  const shownError = create.error && !serverFieldErrors(create.error) ? create.error : null;
  return (
    <Modal opened={opened} onClose={close} title="Create namespace" centered>
      <form onSubmit={form.handleSubmit((values) => create.mutate(values))} noValidate>
        <Stack>
          <FailureAlert
            error={shownError}
            title="The namespace was not created"
            action="create a namespace"
          />
          <TextInput
            label="Name"
            description="Lowercase letters, digits and hyphens, up to 30 characters"
            required
            data-autofocus
            {...form.register('name')}
            error={form.formState.errors.name?.message}
          />
          <DialogFooter
            onCancel={close}
            submitLabel="Create namespace"
            loading={create.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
