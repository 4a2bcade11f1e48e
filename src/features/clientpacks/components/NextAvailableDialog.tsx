import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import type { Clientpack } from '../api/clientpacks';
import { type NextAvailableValues, nextAvailableSchema } from '../api/forms';
import { clientpackKeys } from '../api/keys';
import { checkoutNextClientpack } from '../api/mutations';
import { MutationError } from './MutationError';

const EMPTY: NextAvailableValues = { lowIp: '', highIp: '', includeDisabled: false };

/** POST /clientpacks/next_available, then offers the checked-out pack for download. */
export function NextAvailableDialog({
  opened,
  onClose,
  onDownload,
}: {
  opened: boolean;
  onClose: () => void;
  onDownload: (name: string) => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<NextAvailableValues>({
    resolver: zodResolver(nextAvailableSchema),
    defaultValues: EMPTY,
  });
  const checkout = useMutation({
    mutationFn: (values: NextAvailableValues) =>
      checkoutNextClientpack(client, {
        ...(values.lowIp ? { low_ip: values.lowIp } : {}),
        ...(values.highIp ? { high_ip: values.highIp } : {}),
        include_disabled: values.includeDisabled,
      }),
    onSuccess: async (pack: Clientpack | null) => {
      await queryClient.invalidateQueries({ queryKey: clientpackKeys.list(connection.id) });
      notifications.show({
        color: 'teal',
        title: 'Clientpack checked out',
        message: pack ? pack.name : 'The controller checked out the next pack.',
      });
    },
  });
  const { errors } = form.formState;

  function close() {
    form.reset(EMPTY);
    checkout.reset();
    onClose();
  }

  return (
    <Modal opened={opened} onClose={close} title="Check out the next available pack">
      {checkout.data ? (
        <Stack>
          <Alert color="teal" title={`Checked out ${checkout.data.name}`}>
            <Text size="sm">
              Overlay IP {checkout.data.overlay_ipaddress}. Hand its files to the client.
            </Text>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Done
            </Button>
            <Button
              onClick={() => {
                const name = checkout.data?.name;
                close();
                if (name) onDownload(name);
              }}
            >
              Download {checkout.data.name}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={form.handleSubmit((values) => checkout.mutate(values))} noValidate>
          <Stack>
            <MutationError error={checkout.error} title="No pack was checked out" />
            <Text size="sm" c="dimmed">
              Optional bounds on the overlay IP. Peered controllers can hand out the same pack
              twice: check out from one controller only.
            </Text>
            <TextInput
              label="Lowest IP"
              error={errors.lowIp?.message}
              {...form.register('lowIp')}
            />
            <TextInput
              label="Highest IP"
              error={errors.highIp?.message}
              {...form.register('highIp')}
            />
            <Checkbox label="Include disabled packs" {...form.register('includeDisabled')} />
            <DialogFooter onCancel={close} submitLabel="Check out" loading={checkout.isPending} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
