import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { QueryBoundary } from '@/components/QueryBoundary';
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
import { MutationError } from './MutationError';

/** Reads the link fresh (GET /links/{id}) and edits its name, description and policies. */
export function EditLinkDialog({ link, onClose }: { link: Link; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const loaded = useQuery(linkQuery(connection.id, client, link.id));
  return (
    <Modal opened onClose={onClose} title={`Edit link ${link.name}`}>
      <QueryBoundary query={loaded} what="the link" skeletonHeight={240}>
        {(detail) => <EditLinkForm link={detail} onClose={onClose} />}
      </QueryBoundary>
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
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, EDIT_LINK_FIELDS);
      if (mapped) form.setError(mapped.field, { message: mapped.message }, { shouldFocus: true });
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        {fieldOfVns3Error(save.error, EDIT_LINK_FIELDS) ? null : (
          <MutationError error={save.error} title="The link was not saved" />
        )}
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
