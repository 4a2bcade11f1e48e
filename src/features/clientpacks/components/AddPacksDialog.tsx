import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import {
  type AddPacksValues,
  addClientpacks,
  addPacksSchema,
  parseRequestedIps,
} from '../api/addClientpacks';
import { clientpackKeys } from '../api/keys';
import { MutationError } from './MutationError';

const FIELDS = { requested_ips: 'ips' } as const;

/** POST /clientpacks/add_clientpacks: new packs for a list or range of overlay IPs. */
export function AddPacksDialog({
  opened,
  existingIps,
  onClose,
}: {
  opened: boolean;
  existingIps: readonly string[];
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Add clientpacks">
      {opened ? <AddPacksForm existingIps={existingIps} onClose={onClose} /> : null}
    </Modal>
  );
}

function AddPacksForm({
  existingIps,
  onClose,
}: {
  existingIps: readonly string[];
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const schema = useMemo(() => addPacksSchema(new Set(existingIps)), [existingIps]);
  const form = useForm<AddPacksValues>({
    resolver: zodResolver(schema),
    defaultValues: { ips: '' },
  });
  const add = useMutation({
    mutationFn: (values: AddPacksValues) => {
      const parsed = parseRequestedIps(values.ips);
      return addClientpacks(client, 'ips' in parsed ? parsed.ips : []);
    },
    onSuccess: async (message) => {
      await queryClient.invalidateQueries({ queryKey: clientpackKeys.list(connection.id) });
      notifications.show({ color: 'teal', title: 'Clientpacks added', message });
      onClose();
    },
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, FIELDS);
      if (mapped) form.setError(mapped.field, { message: mapped.message }, { shouldFocus: true });
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit((values) => add.mutate(values))} noValidate>
      <Stack>
        {fieldOfVns3Error(add.error, FIELDS) ? null : (
          <MutationError error={add.error} title="No clientpacks were added" />
        )}
        <Text size="sm" c="dimmed">
          One pack per overlay IP address. Separate addresses with commas or new lines; write a
          range as 100.127.255.200-100.127.255.210. The licence limits how many packs there can be.
        </Text>
        <Textarea
          label="Overlay IP addresses"
          required
          autosize
          minRows={3}
          maxRows={8}
          data-autofocus
          error={errors.ips?.message}
          {...form.register('ips')}
        />
        <DialogFooter onCancel={onClose} submitLabel="Add clientpacks" loading={add.isPending} />
      </Stack>
    </form>
  );
}
