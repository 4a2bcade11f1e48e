import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { ApiError } from '@/api/errors';
import { fieldErrors } from '@/api/shellhub/shdevices';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { filterValues, formFieldOf } from '../api/filterRules';
import { shKeys } from '../api/keys';
import {
  type PublicKeyCreateValues,
  createPublicKey,
  publicKeyCreateSchema,
  publicKeyEditSchema,
  updatePublicKey,
} from '../api/publicKeys';
import type { PublicKey } from '../api/schemas';
import { ActionError } from './ActionError';
import { FilterFields } from './FilterFields';
import { MONO_INPUT } from './monoInput';

const FIELDS = ['data', 'name', 'username', 'hostname', 'tags'];

/** Add a key (its data is checked as an OpenSSH key line), or edit name, username and filter. */
export function PublicKeyFormDialog({
  publicKey,
  onClose,
}: {
  publicKey: PublicKey | null;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<PublicKeyCreateValues>({
    // Editing leaves the key data alone, so only the editable fields are checked.
    resolver: zodResolver(publicKey ? publicKeyEditSchema : publicKeyCreateSchema) as never,
    defaultValues: publicKey
      ? {
          data: '',
          name: publicKey.name,
          username: publicKey.username,
          ...filterValues(publicKey.filter),
        }
      : { data: '', name: '', username: '.*', filterMode: 'hostname', hostname: '.*', tags: [] },
  });
  const save = useMutation({
    mutationFn: (values: PublicKeyCreateValues) =>
      publicKey
        ? updatePublicKey(client, publicKey.fingerprint, values)
        : createPublicKey(client, values),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: shKeys.publicKeys(connection.id) });
      notifications.show({
        color: 'teal',
        title: publicKey ? 'Public key saved' : 'Public key added',
        message: `${saved.name} (${saved.fingerprint}).`,
      });
      onClose();
    },
    onError: (error) => {
      for (const [field, reason] of Object.entries(fieldErrors(error))) {
        const name = formFieldOf(field);
        if (FIELDS.includes(name)) {
          form.setError(name as keyof PublicKeyCreateValues, {
            message: `The server says: ${reason}`,
          });
        }
      }
      if (error instanceof ApiError && error.status === 409)
        form.setError('data', { message: error.message });
    },
  });
  const { errors } = form.formState;
  const mode = useWatch({ control: form.control, name: 'filterMode' });
  const shownOnField =
    Object.keys(fieldErrors(save.error)).length > 0 ||
    (save.error instanceof ApiError && save.error.status === 409);

  return (
    <Modal
      opened
      onClose={onClose}
      title={publicKey ? `Edit ${publicKey.name}` : 'Add public key'}
      size="lg"
    >
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          {shownOnField ? null : (
            <ActionError
              error={save.error}
              title="The key was not saved"
              action="change public keys"
            />
          )}
          {publicKey ? (
            <TextInput
              label="Fingerprint"
              value={publicKey.fingerprint}
              readOnly
              styles={MONO_INPUT}
            />
          ) : (
            <Textarea
              label="Public key"
              description="One line as in authorized_keys: type, key and an optional comment."
              required
              autosize
              minRows={3}
              styles={MONO_INPUT}
              error={errors.data?.message}
              {...form.register('data')}
            />
          )}
          <TextInput
            label="Name"
            required
            error={errors.name?.message}
            {...form.register('name')}
          />
          <TextInput
            label="Username regular expression"
            description="Logins this key may use on the devices; .* allows any"
            required
            styles={MONO_INPUT}
            error={errors.username?.message}
            {...form.register('username')}
          />
          <FilterFields
            control={form.control}
            register={form.register}
            errors={errors}
            mode={mode}
          />
          <DialogFooter
            onCancel={onClose}
            submitLabel={publicKey ? 'Save key' : 'Add key'}
            loading={save.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
