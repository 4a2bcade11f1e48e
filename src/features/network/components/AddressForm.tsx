import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  ADDRESS_FIELDS,
  type AddressFormValues,
  type InterfaceAddress,
  addressFormSchema,
  addressQuery,
  addressValues,
  saveAddress,
} from '../api/addresses';
import type { NetworkInterface } from '../api/interfaces';
import { networkKeys } from '../api/keys';
import { MutationError } from './MutationError';

/** Loads one address (GET …/addresses/{id}) and edits it. */
export function EditAddress({
  item,
  addressId,
  onDone,
}: {
  item: NetworkInterface;
  addressId: number;
  onDone: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const address = useQuery(addressQuery(connection.id, client, item.id, addressId));
  return (
    <QueryBoundary query={address} what="the address" skeletonHeight={160}>
      {(loaded) => <AddressForm item={item} address={loaded} onClose={onDone} />}
    </QueryBoundary>
  );
}

/** Adds an address to `item`, or edits `address`. */
export function AddressForm({
  item,
  address,
  onClose,
}: {
  item: NetworkInterface;
  address?: InterfaceAddress;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<AddressFormValues>({
    resolver: zodResolver(addressFormSchema),
    defaultValues: addressValues(address),
  });
  const save = useMutation({
    mutationFn: (values: AddressFormValues) => saveAddress(client, item.id, values, address?.id),
    onSuccess: async (_result, values) => {
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: networkKeys.addresses(connection.id, item.id),
          exact: true,
        }),
        address
          ? queryClient.invalidateQueries({
              queryKey: networkKeys.address(connection.id, item.id, address.id),
            })
          : null,
      ]);
      notifications.show({
        color: 'teal',
        title: address ? 'Address saved' : 'Address added',
        message: `${values.ipInternal}/${values.maskBits} on ${item.name}`,
      });
      if (address) onClose();
      else form.reset(addressValues());
    },
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, ADDRESS_FIELDS);
      if (mapped) form.setError(mapped.field, { message: mapped.message }, { shouldFocus: true });
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <Title order={3} size="h5">
          {address ? `Edit address ${address.ip_internal}` : 'Add an address'}
        </Title>
        {fieldOfVns3Error(save.error, ADDRESS_FIELDS) ? null : (
          <MutationError
            error={save.error}
            title={address ? 'The address was not saved' : 'The address was not added'}
          />
        )}
        <Group grow align="flex-start">
          <TextInput
            label="Label"
            required
            error={errors.label?.message}
            {...form.register('label')}
          />
          <TextInput
            label="Address"
            required
            error={errors.ipInternal?.message}
            {...form.register('ipInternal')}
          />
          <TextInput
            label="Prefix length"
            required
            error={errors.maskBits?.message}
            {...form.register('maskBits')}
          />
        </Group>
        <TextInput label="Gateway" error={errors.gateway?.message} {...form.register('gateway')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {address ? 'Cancel edit' : 'Close'}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {address ? 'Save address' : 'Add address'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
