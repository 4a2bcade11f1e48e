import { zodResolver } from '@hookform/resolvers/zod';
import {
  Modal,
  PasswordInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import {
  ADD_LINK_FIELDS,
  type AddLinkValues,
  EMPTY_LINK,
  addLink,
  addLinkSchema,
} from '../api/addLink';
import { networkKeys } from '../api/keys';
import type { Link } from '../api/links';
import { MutationError } from './MutationError';

const MONO = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

export function AddLinkDialog({ onClose }: { onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<AddLinkValues>({
    resolver: zodResolver(addLinkSchema),
    defaultValues: EMPTY_LINK,
  });
  const source = useWatch({ control: form.control, name: 'source' });
  const add = useMutation({
    mutationFn: (values: AddLinkValues) => addLink(client, values),
    onSuccess: async (created) => {
      queryClient.setQueryData<Link[]>(networkKeys.links(connection.id), (links) => [
        ...(links ?? []),
        created,
      ]);
      await queryClient.invalidateQueries({
        queryKey: networkKeys.interfaces(connection.id),
        exact: true,
      });
      notifications.show({
        color: 'teal',
        title: 'Link added',
        message: `${created.name} (${created.interface ?? `lnk${created.id}`})`,
      });
      onClose();
    },
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, ADD_LINK_FIELDS);
      if (mapped) form.setError(mapped.field, { message: mapped.message }, { shouldFocus: true });
    },
  });
  const { errors } = form.formState;
  return (
    <Modal opened onClose={onClose} title="Add link" size="lg">
      <form onSubmit={form.handleSubmit((values) => add.mutate(values))} noValidate>
        <Stack>
          {fieldOfVns3Error(add.error, ADD_LINK_FIELDS) ? null : (
            <MutationError error={add.error} title="The link was not added" />
          )}
          <TextInput
            label="Name"
            required
            error={errors.name?.message}
            {...form.register('name')}
          />
          <TextInput
            label="Link id"
            description="Optional: the interface becomes lnk<id>."
            error={errors.id?.message}
            {...form.register('id')}
          />
          <TextInput
            label="Description"
            error={errors.description?.message}
            {...form.register('description')}
          />
          <Controller
            control={form.control}
            name="source"
            render={({ field }) => (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="link-source-label">
                  Configuration
                </Text>
                <SegmentedControl
                  aria-labelledby="link-source-label"
                  data={[
                    { value: 'conf', label: 'Paste a client configuration' },
                    { value: 'controller', label: 'From another controller' },
                  ]}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                />
              </Stack>
            )}
          />
          {source === 'conf' ? (
            <Textarea
              label="Client configuration"
              required
              autosize
              minRows={4}
              styles={MONO}
              error={errors.conf?.message}
              {...form.register('conf')}
            />
          ) : (
            <>
              <TextInput
                label="Controller address"
                required
                error={errors.controller?.message}
                {...form.register('controller')}
              />
              <Controller
                control={form.control}
                name="authType"
                render={({ field }) => (
                  <Select
                    label="Authentication"
                    data={[
                      { value: 'basic', label: 'API password (basic)' },
                      { value: 'bearer', label: 'API token (bearer)' },
                    ]}
                    allowDeselect={false}
                    value={field.value}
                    onChange={(value) => field.onChange(value ?? 'basic')}
                  />
                )}
              />
              <PasswordInput
                label="Password or token"
                required
                autoComplete="off"
                error={errors.auth?.message}
                {...form.register('auth')}
              />
            </>
          )}
          <Textarea
            label="Policies"
            description="Optional, one per line."
            autosize
            minRows={2}
            styles={MONO}
            {...form.register('policies')}
          />
          <DialogFooter onCancel={onClose} submitLabel="Add link" loading={add.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
