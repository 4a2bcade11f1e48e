import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { FreshItem } from '@/components/FreshItem';
import {
  EDIT_LINK_FIELDS,
  type EditLinkValues,
  type LinkDetail,
  editLinkSchema,
  editLinkValues,
  linkQuery,
  updateLink,
} from '../api/editLink';
import { networkKeys } from '../api/keys';
import type { Link } from '../api/links';
import { FieldSaveError } from './FieldSaveError';
import { setVns3FieldError } from '@/components/vns3/setVns3FieldError';

/** Reads the link fresh (GET /links/{id}) and edits its name, description and policies. */
export function EditLinkDialog({ link, onClose }: { link: Link; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  return (
    <Modal opened onClose={onClose} title={`Edit link ${link.name}`}>
      <FreshItem
        options={linkQuery(connection.id, client, link.id)}
        what="the link"
        skeletonHeight={240}
      >
        {(detail) => <EditLinkForm link={detail} onClose={onClose} />}
      </FreshItem>
    </Modal>
  );
}

function EditLinkForm({ link, onClose }: { link: LinkDetail; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<EditLinkValues>({
    resolver: zodResolver(editLinkSchema),
    defaultValues: editLinkValues(link),
  });
  const save = useMutation({
    mutationFn: (values: EditLinkValues) => updateLink(client, link.id, values),
    onSuccess: (saved) => {
      queryClient.setQueryData(networkKeys.link(connection.id, saved.id), saved);
      queryClient.setQueryData<Link[]>(networkKeys.links(connection.id), (list) =>
        list?.map((item) => (item.id === saved.id ? saved : item)),
      );
      notifications.show({ color: 'teal', title: 'Link saved', message: saved.name });
      onClose();
    },
    onError: (error) => setVns3FieldError(form, error, EDIT_LINK_FIELDS),
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <FieldSaveError
          error={save.error}
          fields={EDIT_LINK_FIELDS}
          title="The link was not saved"
        />
        <TextInput
          label="Name"
          required
          data-autofocus
          error={errors.name?.message}
          {...form.register('name')}
        />
        <TextInput
          label="Description"
          error={errors.description?.message}
          {...form.register('description')}
        />
        <Textarea
          label="Policies"
          description="One policy a line, e.g. PersistentKeepalive = 25"
          autosize
          minRows={2}
          error={errors.policies?.message}
          {...form.register('policies')}
        />
        <DialogFooter onCancel={onClose} submitLabel="Save link" loading={save.isPending} />
      </Stack>
    </form>
  );
}
