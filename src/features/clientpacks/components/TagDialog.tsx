import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { type TagFormValues, tagFormSchema } from '../api/forms';
import { clientpackKeys } from '../api/keys';
import { addClientpackTag } from '../api/mutations';
import { MutationError } from './MutationError';

export function TagDialog({ name, onClose }: { name: string | null; onClose: () => void }) {
  return (
    <Modal opened={name !== null} onClose={onClose} title={`Add a tag to ${name ?? ''}`}>
      {name ? <TagForm name={name} onClose={onClose} /> : null}
    </Modal>
  );
}

function TagForm({ name, onClose }: { name: string; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<TagFormValues>({
    resolver: zodResolver(tagFormSchema),
    defaultValues: { key: '', value: '' },
  });
  const add = useMutation({
    mutationFn: (values: TagFormValues) => addClientpackTag(client, name, values),
    onSuccess: async (_data, values) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: clientpackKeys.list(connection.id) }),
        queryClient.invalidateQueries({ queryKey: clientpackKeys.clients(connection.id) }),
      ]);
      notifications.show({
        color: 'teal',
        title: 'Tag added',
        message: `${values.key}=${values.value} on ${name}`,
      });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400) {
        const field = /^value/.test(error.message) ? 'value' : 'key';
        form.setError(field, { message: error.message }, { shouldFocus: true });
      }
    },
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={form.handleSubmit((values) => add.mutate(values))} noValidate>
      <Stack>
        <MutationError error={add.error} title="The tag was not added" />
        <TextInput
          label="Key"
          required
          data-autofocus
          error={errors.key?.message}
          {...form.register('key')}
        />
        <TextInput label="Value" error={errors.value?.message} {...form.register('value')} />
        <DialogFooter onCancel={onClose} submitLabel="Add tag" loading={add.isPending} />
      </Stack>
    </form>
  );
}
