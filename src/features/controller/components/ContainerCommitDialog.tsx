import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { type Container, commitContainer, imagesQuery } from '../api/containers';
import { type ContainerCommitValues, containerCommitSchema } from '../api/containerRules';
import { MutationError } from './MutationError';

/** Saves a container's current file system as a new image. */
export function ContainerCommitDialog({
  container,
  onClose,
}: {
  container: Container;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<ContainerCommitValues>({
    resolver: zodResolver(containerCommitSchema),
    defaultValues: { name: `${container.name}-image`, description: '' },
  });
  const mutation = useMutation({
    onError: (error) => {
      const field = fieldOfVns3Error(error, { name: 'name', description: 'description' } as const);
      if (field) form.setError(field.field, { message: field.message });
    },
    mutationFn: (values: ContainerCommitValues) =>
      commitContainer(client, container.uuid, {
        name: values.name,
        ...(values.description ? { description: values.description } : {}),
      }),
    onSuccess: (image, values) => {
      notifications.show({
        color: 'teal',
        title: 'Container committed',
        message: `New image ${image.name ?? values.name}`,
      });
      void queryClient.invalidateQueries({ queryKey: imagesQuery(connection.id, client).queryKey });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={`Commit container ${container.name}`}>
      <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack>
          <TextInput
            label="New image name"
            withAsterisk
            data-autofocus
            {...form.register('name')}
            error={form.formState.errors.name?.message}
          />
          <Textarea
            label="New image description"
            autosize
            minRows={2}
            {...form.register('description')}
          />
          <MutationError error={mutation.error} title="The container was not committed" />
          <DialogFooter
            onCancel={onClose}
            submitLabel="Commit to image"
            loading={mutation.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
