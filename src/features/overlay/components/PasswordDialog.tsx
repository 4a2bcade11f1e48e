import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod/mini';
import { DialogFooter } from '@/components/DialogFooter';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { updateItem } from '../api/crud';
import { applyFieldErrors } from '../api/drfErrors';
import { overlayKeys } from '../api/keys';
import { USERS, type User } from '../api/resources';
import { passwordSchema } from '../api/userForm';
import { MutationError } from './MutationError';

type Values = z.infer<typeof passwordSchema>;

/** PATCH /api/user/{id} {password}. */
export function PasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    resolver: zodResolver(passwordSchema),
    defaultValues: { password: '', confirm: '' },
  });
  const save = useMutation({
    mutationFn: (values: Values) =>
      updateItem(client, USERS, user.id, { password: values.password }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', title: 'Password set', message: user.username });
      onClose();
      await queryClient.invalidateQueries({
        queryKey: overlayKeys.list(connection.id, USERS.name),
      });
    },
    onError: (error) =>
      applyFieldErrors(error, ['password'], (field, message) =>
        form.setError(field as 'password', { message }, { shouldFocus: true }),
      ),
  });
  const { errors } = form.formState;
  return (
    <Modal opened onClose={onClose} title={`Set the password of ${user.username}`} centered>
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <Alert color="yellow" variant="light">
            <Text size="sm">
              The hub API stores this field exactly as sent, without hashing it. Passwords for
              signing in to the hub&apos;s web UI are best changed there.
            </Text>
          </Alert>
          <MutationError error={save.error} action="change users" />
          <PasswordInput
            label="New password"
            required
            autoComplete="new-password"
            error={errors.password?.message}
            {...form.register('password')}
          />
          <PasswordInput
            label="Confirm the new password"
            required
            autoComplete="new-password"
            error={errors.confirm?.message}
            {...form.register('confirm')}
          />
          <DialogFooter onCancel={onClose} submitLabel={'Set password'} loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
