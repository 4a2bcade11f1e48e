import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { DialogFooter } from '@/components/DialogFooter';
import { serverFieldErrors } from '../api/formErrors';
import { namespacesKeys } from '../api/keys';
import { inviteMember } from '../api/members';
import { ROLE_LABELS, atLeast } from '../api/roles';
import { INVITABLE_ROLES, type InviteFormValues, inviteFormSchema } from '../api/rules';
import { FailureAlert } from './FailureAlert';
import { useNamespaceSession } from './useNamespaceSession';

export function InviteMemberDialog({
  tenant,
  opened,
  onClose,
}: {
  tenant: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { connection, client, identity } = useNamespaceSession();
  const queryClient = useQueryClient();
  const roles = INVITABLE_ROLES.filter((role) => atLeast(identity?.role, role));
  const form = useForm<InviteFormValues>({
    resolver: zodResolver(inviteFormSchema),
    defaultValues: { email: '', role: 'observer' },
  });
  const invite = useMutation({
    mutationFn: (values: InviteFormValues) => inviteMember(client, tenant, values),
    onSuccess: (namespace, values) => {
      queryClient.setQueryData(namespacesKeys.namespace(connection.id, tenant), namespace);
      notifications.show({
        color: 'teal',
        title: 'Invitation sent',
        message: `${values.email} gets an e-mail with a link valid for 7 days.`,
      });
      close();
    },
    onError: (error) => {
      const fields = serverFieldErrors(error);
      if (fields?.email) form.setError('email', { type: 'server', message: fields.email });
      if (fields?.role) form.setError('role', { type: 'server', message: fields.role });
    },
  });
  function close() {
    invite.reset();
    form.reset();
    onClose();
  }
  const shownError = invite.error && !serverFieldErrors(invite.error) ? invite.error : null;
  return (
    <Modal opened={opened} onClose={close} title="Invite member" centered>
      <form onSubmit={form.handleSubmit((values) => invite.mutate(values))} noValidate>
        <Stack>
          <Text size="sm">
            The person needs a ShellHub account with this e-mail address. They join once they open
            the link in the invitation.
          </Text>
          <FailureAlert
            error={shownError}
            title="The invitation was not sent"
            action="invite members"
          />
          <TextInput
            label="E-mail"
            type="email"
            required
            data-autofocus
            {...form.register('email')}
            error={form.formState.errors.email?.message}
          />
          <Controller
            control={form.control}
            name="role"
            render={({ field }) => (
              <Select
                label="Role"
                description="Up to your own role"
                required
                allowDeselect={false}
                data={roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                error={form.formState.errors.role?.message}
              />
            )}
          />
          <DialogFooter onCancel={close} submitLabel="Send invitation" loading={invite.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
