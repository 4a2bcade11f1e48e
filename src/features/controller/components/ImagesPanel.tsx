import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, Stack, Table, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { type ContainerImage, createImage, deleteImage, imagesQuery } from '../api/containers';
import { type ImageValues, imageSchema } from '../api/rules';
import { ImageEditDialog, ImageExportDialog } from './ImageDialogs';
import { ErrorLine, MutationError } from './MutationError';

function AddImageForm() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<ImageValues>({
    resolver: zodResolver(imageSchema),
    defaultValues: { name: '', url: '', description: '' },
  });
  const mutation = useMutation({
    mutationFn: (values: ImageValues) =>
      createImage(client, {
        name: values.name,
        url: values.url,
        ...(values.description ? { description: values.description } : {}),
      }),
    onSuccess: (_, values) => {
      form.reset();
      notifications.show({ color: 'teal', title: 'Image import started', message: values.name });
      void queryClient.invalidateQueries({ queryKey: imagesQuery(connection.id, client).queryKey });
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <Group grow align="flex-start">
          <TextInput
            label="Image name"
            withAsterisk
            {...form.register('name')}
            error={errors.name?.message}
          />
          <TextInput
            label="Image URL"
            withAsterisk
            description="An image archive to import"
            {...form.register('url')}
            error={errors.url?.message}
          />
        </Group>
        <TextInput label="Image description" {...form.register('description')} />
        <MutationError error={mutation.error} title="The image was not imported" />
        <Button type="submit" loading={mutation.isPending} w="fit-content">
          Import image
        </Button>
      </Stack>
    </form>
  );
}

export function ImagesPanel({ images }: { images: ContainerImage[] }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<ContainerImage | null>(null);
  const [editing, setEditing] = useState<ContainerImage | null>(null);
  const [exporting, setExporting] = useState<ContainerImage | null>(null);
  const remove = useMutation({
    mutationFn: (image: ContainerImage) => deleteImage(client, image.uuid),
    onSuccess: (_, image) => {
      setDeleting(null);
      notifications.show({ color: 'teal', title: 'Image deleted', message: image.name });
      void queryClient.invalidateQueries({ queryKey: imagesQuery(connection.id, client).queryKey });
    },
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Images
        </Title>
        <AddImageForm />
        {images.length === 0 ? (
          <EmptyState title="No images">Import one to run containers.</EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table striped aria-label="Images">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Description</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {images.map((image) => (
                  <Table.Tr key={image.uuid}>
                    <Table.Td>{image.name}</Table.Td>
                    <Table.Td>{image.description ?? '—'}</Table.Td>
                    <Table.Td>{image.status ?? '—'}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={`Edit image ${image.name}`}
                          onClick={() => setEditing(image)}
                        >
                          Edit
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={`Export image ${image.name}`}
                          onClick={() => setExporting(image)}
                        >
                          Export
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          color="red"
                          aria-label={`Delete image ${image.name}`}
                          onClick={() => setDeleting(image)}
                        >
                          Delete
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {editing ? <ImageEditDialog image={editing} onClose={() => setEditing(null)} /> : null}
      {exporting ? (
        <ImageExportDialog image={exporting} onClose={() => setExporting(null)} />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete image ${deleting?.name ?? ''}?`}
        confirmLabel="Delete image"
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => {
          setDeleting(null);
          remove.reset();
        }}
      >
        The image {deleting?.name} is removed from {connection.name}.
        {remove.error ? <ErrorLine error={remove.error} /> : null}
      </ConfirmDialog>
    </Paper>
  );
}
