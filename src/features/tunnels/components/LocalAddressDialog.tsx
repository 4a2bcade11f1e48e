import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import type { IpsecTree } from '../api/ipsec';
import { tunnelsKeys } from '../api/keys';
import {
  LOCAL_ADDRESS_FIELDS,
  type LocalAddressValues,
  localAddressSchema,
  setIpsecLocalAddress,
} from '../api/localAddress';
import { MutationError } from './MutationError';

/** The device-wide IPsec local address ("cloud NAT" address, IKE id), set before any endpoint. */
export function LocalAddressDialog({ tree, onClose }: { tree: IpsecTree; onClose: () => void }) {
  const current = tree.thisEndpoint?.ipsec_local_ipaddress ?? '';
  return (
    <Modal opened onClose={onClose} title="IPsec local address">
      {tree.endpoints.length > 0 ? (
        <Stack>
          <Alert color="yellow" title="Endpoints exist">
            The IPsec local address can only change while no endpoint exists. Delete the{' '}
            {tree.endpoints.length} endpoints (with their tunnels) first, then set it.
          </Alert>
          <Text size="sm">Current address: {current || 'not set'}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
          </Group>
        </Stack>
      ) : (
        <LocalAddressForm current={current} onClose={onClose} />
      )}
    </Modal>
  );
}

function LocalAddressForm({ current, onClose }: { current: string; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<LocalAddressValues>({
    resolver: zodResolver(localAddressSchema),
    defaultValues: { address: current },
  });
  const save = useMutation({
    mutationFn: (values: LocalAddressValues) => setIpsecLocalAddress(client, values.address),
    onSuccess: (tree, values) => {
      queryClient.setQueryData(tunnelsKeys.ipsec(connection.id), tree);
      notifications.show({
        color: 'teal',
        title: 'IPsec local address set',
        message: values.address,
      });
      onClose();
    },
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, LOCAL_ADDRESS_FIELDS);
      if (mapped) form.setError(mapped.field, { message: mapped.message }, { shouldFocus: true });
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        {fieldOfVns3Error(save.error, LOCAL_ADDRESS_FIELDS) ? null : (
          <MutationError error={save.error} title="The address was not set" />
        )}
        <Text size="sm" c="dimmed">
          Remote gateways can use this address as this controller’s “behind a NAT” address (peer or
          IKE id). It can also terminate traffic like a loopback interface.
        </Text>
        <TextInput
          label="IPsec local address"
          required
          data-autofocus
          error={errors.address?.message}
          {...form.register('address')}
        />
        <DialogFooter onCancel={onClose} submitLabel="Set address" loading={save.isPending} />
      </Stack>
    </form>
  );
}
