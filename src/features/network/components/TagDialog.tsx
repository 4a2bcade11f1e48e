import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { networkKeys } from '../api/keys';
import { type Link, type TagFormValues, addLinkTag, tagFormSchema } from '../api/links';
import { MutationError } from './MutationError';

const TAG_FIELDS = { key: 'key', value: 'value' } as const;

export function TagDialog({ link, onClose }: { link: Link; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<TagFormValues>({
    resolver: zodResolver(tagFormSchema),
    defaultValues: { key: '', value: '' },
  });
  const add = useMutation({
    mutationFn: (values: TagFormValues) => addLinkTag(client, link.id, values),
    onSuccess: (saved, values) => {
      queryClient.setQueryData<Link[]>(networkKeys.links(connection.id), (links) =>
        links?.map((item) => (item.id === saved.id ? saved : item)),
      );
      notifications.show({
        color: 'teal',
        title: 'Tag saved',
        message: `${values.key}=${values.value} on ${link.name}`,
      });
      onClose();
    },
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, TAG_FIELDS);
      if (mapped) form.setError(mapped.field, { message: mapped.message }, { shouldFocus: true });
    },
  });
  const { errors } = form.formState;
  return (
    <Modal opened onClose={onClose} title={`Add tag to ${link.name}`}>
      <form onSubmit={form.handleSubmit((values) => add.mutate(values))} noValidate>
        <Stack>
          {fieldOfVns3Error(add.error, TAG_FIELDS) ? null : (
            <MutationError error={add.error} title="The tag was not saved" />
          )}
          <TextInput label="Key" required error={errors.key?.message} {...form.register('key')} />
          <TextInput label="Value" error={errors.value?.message} {...form.register('value')} />
          <DialogFooter onCancel={onClose} submitLabel="Add tag" loading={add.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
