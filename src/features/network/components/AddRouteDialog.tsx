import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { ROUTE_FIELDS, type AddRouteValues, addRoute, addRouteSchema } from '../api/addRoute';
import { interfacesQuery } from '../api/interfaces';
import { networkKeys } from '../api/keys';
import { MutationError } from './MutationError';

const EMPTY: AddRouteValues = {
  cidr: '',
  interface: '',
  gateway: '',
  metric: '',
  table: '',
  description: '',
  advertise: false,
};

export function AddRouteDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const interfaces = useQuery({ ...interfacesQuery(connection.id, client), enabled: opened });
  const form = useForm<AddRouteValues>({
    resolver: zodResolver(addRouteSchema),
    defaultValues: EMPTY,
  });
  const add = useMutation({
    mutationFn: (values: AddRouteValues) => addRoute(client, values),
    onSuccess: async (routes, values) => {
      queryClient.setQueryData(networkKeys.routes(connection.id), routes);
      await queryClient.invalidateQueries({
        queryKey: networkKeys.connectedSubnets(connection.id),
      });
      notifications.show({
        color: 'teal',
        title: 'Route added',
        message: `${values.cidr} via ${values.interface}`,
      });
      close();
    },
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, ROUTE_FIELDS);
      if (mapped) form.setError(mapped.field, { message: mapped.message }, { shouldFocus: true });
    },
  });
  const { errors } = form.formState;
  const names = [...new Set(['tun0', ...(interfaces.data ?? []).map((item) => item.name)])].sort();

  function close() {
    form.reset(EMPTY);
    add.reset();
    onClose();
  }

  return (
    <Modal opened={opened} onClose={close} title="Add route">
      <form onSubmit={form.handleSubmit((values) => add.mutate(values))} noValidate>
        <Stack>
          {fieldOfVns3Error(add.error, ROUTE_FIELDS) ? null : (
            <MutationError error={add.error} title="The route was not added" />
          )}
          <TextInput
            label="Network (CIDR)"
            placeholder="10.20.0.0/16"
            required
            error={errors.cidr?.message}
            {...form.register('cidr')}
          />
          <Controller
            control={form.control}
            name="interface"
            render={({ field }) => (
              <Select
                label="Interface"
                required
                data={names}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={errors.interface?.message}
              />
            )}
          />
          <TextInput
            label="Gateway"
            description="Optional next hop."
            error={errors.gateway?.message}
            {...form.register('gateway')}
          />
          <TextInput
            label="Metric"
            description="0–65535; lower wins."
            error={errors.metric?.message}
            {...form.register('metric')}
          />
          <TextInput
            label="Table"
            description="Empty means main."
            error={errors.table?.message}
            {...form.register('table')}
          />
          <TextInput
            label="Description"
            error={errors.description?.message}
            {...form.register('description')}
          />
          <Checkbox
            label="Advertise to the overlay and peered controllers"
            {...form.register('advertise')}
          />
          <DialogFooter onCancel={close} submitLabel="Add route" loading={add.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
