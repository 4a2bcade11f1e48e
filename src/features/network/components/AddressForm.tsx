import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { FreshItem } from '@/components/FreshItem';
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
import { FieldSaveError } from './FieldSaveError';
import { setVns3FieldError } from '@/components/vns3/setVns3FieldError';

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
  return (
    <FreshItem
      options={addressQuery(connection.id, client, item.id, addressId)}
      what="the address"
      skeletonHeight={160}
    >
      {(loaded) => <AddressForm item={item} address={loaded} onClose={onDone} />}
    </FreshItem>
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
    onError: (error) => setVns3FieldError(form, error, ADDRESS_FIELDS),
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <Title order={3} size="h5">
          {address ? `Edit address ${address.ip_internal}` : 'Add an address'}
        </Title>
        <FieldSaveError
          error={save.error}
          fields={ADDRESS_FIELDS}
          title={address ? 'The address was not saved' : 'The address was not added'}
        />
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
