import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  ADDRESS_FIELDS,
  type AddressFormValues,
  addAddress,
  addressFormSchema,
  addressesQuery,
  deleteAddress,
} from '../api/addresses';
import type { NetworkInterface } from '../api/interfaces';
import { networkKeys } from '../api/keys';
import { MutationError } from './MutationError';

const EMPTY: AddressFormValues = { label: '', ipInternal: '', maskBits: '32', gateway: '' };

/** Extra addresses of a system interface. */
export function AddressesDialog({
  item,
  onClose,
}: {
  item: NetworkInterface;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const addresses = useQuery(addressesQuery(connection.id, client, item.id));
  const key = networkKeys.addresses(connection.id, item.id);
  const form = useForm<AddressFormValues>({
    resolver: zodResolver(addressFormSchema),
    defaultValues: EMPTY,
  });
  const add = useMutation({
    mutationFn: (values: AddressFormValues) => addAddress(client, item.id, values),
    onSuccess: async (_result, values) => {
      form.reset(EMPTY);
      await queryClient.invalidateQueries({ queryKey: key });
      notifications.show({
        color: 'teal',
        title: 'Address added',
        message: `${values.ipInternal}/${values.maskBits} on ${item.name}`,
      });
    },
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, ADDRESS_FIELDS);
      if (mapped) form.setError(mapped.field, { message: mapped.message }, { shouldFocus: true });
    },
  });
  const remove = useMutation({
    mutationFn: (addressId: number) => deleteAddress(client, item.id, addressId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const { errors } = form.formState;
  return (
    <Modal opened onClose={onClose} title={`Addresses of ${item.name}`} size="lg">
      <Stack>
        <MutationError error={remove.error} title="The address was not removed" />
        <QueryBoundary query={addresses} what="the addresses">
          {(list) =>
            list.length === 0 ? (
              <Text size="sm" c="dimmed">
                No extra addresses.
              </Text>
            ) : (
              <Table aria-label={`Addresses of ${item.name}`}>
                <Table.Tbody>
                  {list.map((address) => (
                    <Table.Tr key={address.id}>
                      <Table.Td>{address.label}</Table.Td>
                      <Table.Td ff="monospace">
                        {address.ip_internal}/{address.mask_bits}
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          aria-label={`Remove address ${address.ip_internal}`}
                          loading={remove.isPending && remove.variables === address.id}
                          onClick={() => remove.mutate(address.id)}
                        >
                          Remove
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryBoundary>
        <Title order={3} size="h5">
          Add an address
        </Title>
        <form onSubmit={form.handleSubmit((values) => add.mutate(values))} noValidate>
          <Stack>
            {fieldOfVns3Error(add.error, ADDRESS_FIELDS) ? null : (
              <MutationError error={add.error} title="The address was not added" />
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
            <TextInput
              label="Gateway"
              error={errors.gateway?.message}
              {...form.register('gateway')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Close
              </Button>
              <Button type="submit" loading={add.isPending}>
                Add address
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Modal>
  );
}
