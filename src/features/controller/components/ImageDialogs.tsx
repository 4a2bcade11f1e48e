import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { type ContainerImage, exportImage, imagesQuery, updateImage } from '../api/containers';
import {
  type ImageEditValues,
  type ImageExportValues,
  imageEditSchema,
  imageExportSchema,
} from '../api/containerRules';
import { MutationError } from './MutationError';

export function ImageEditDialog({
  image,
  onClose,
}: {
  image: ContainerImage;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<ImageEditValues>({
    resolver: zodResolver(imageEditSchema),
    defaultValues: { name: image.name, description: image.description ?? '' },
  });
  const mutation = useMutation({
    onError: (error) => {
      const field = fieldOfVns3Error(error, { name: 'name', description: 'description' } as const);
      if (field) form.setError(field.field, { message: field.message });
    },
    mutationFn: (values: ImageEditValues) => updateImage(client, image.uuid, values),
    onSuccess: (_, values) => {
      notifications.show({ color: 'teal', title: 'Image updated', message: values.name });
      void queryClient.invalidateQueries({ queryKey: imagesQuery(connection.id, client).queryKey });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={`Edit image ${image.name}`}>
      <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack>
          <TextInput
            label="Image name"
            withAsterisk
            data-autofocus
            {...form.register('name')}
            error={form.formState.errors.name?.message}
          />
          <Textarea
            label="Image description"
            autosize
            minRows={2}
            {...form.register('description')}
          />
          <MutationError error={mutation.error} title="The image was not updated" />
          <DialogFooter onCancel={onClose} submitLabel="Save image" loading={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}

export function ImageExportDialog({
  image,
  onClose,
}: {
  image: ContainerImage;
  onClose: () => void;
}) {
  const { client } = useConnectionClient();
  const form = useForm<ImageExportValues>({
    resolver: zodResolver(imageExportSchema),
    defaultValues: { name: `${image.name}-export` },
  });
  const mutation = useMutation({
    onError: (error) => {
      const field = fieldOfVns3Error(error, { name: 'name' } as const);
      if (field) form.setError(field.field, { message: field.message });
    },
    mutationFn: (values: ImageExportValues) => exportImage(client, image.uuid, values.name),
    onSuccess: (result, values) => {
      notifications.show({
        color: 'teal',
        title: result.status ?? 'Image exported',
        message: `${image.name} as ${values.name}`,
      });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={`Export image ${image.name}`}>
      <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack>
          <TextInput
            label="Export file name"
            description="Unique on the controller"
            withAsterisk
            data-autofocus
            {...form.register('name')}
            error={form.formState.errors.name?.message}
          />
          <MutationError error={mutation.error} title="The image was not exported" />
          <DialogFooter
            onCancel={onClose}
            submitLabel="Export image"
            loading={mutation.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
