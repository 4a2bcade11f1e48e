import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { ipsecStatusKey } from '@/api/vns3/ipsecStatus';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { type Endpoint, type TrafficPair, type Tunnel, storeEndpoint } from '../api/ipsec';
import {
  SUBNET_PAIR_FIELDS,
  type SubnetPairValues,
  pairFormSchema,
  savePair,
  saveTunnel,
  subnetPairValues,
  tunnelFormSchema,
} from '../api/subnetPair';
import { MutationError } from './MutationError';

type Saved = { pair: TrafficPair } | { tunnel: Tunnel } | { endpoint: Endpoint };

function updatedEndpoint(endpoint: Endpoint, result: Saved): Endpoint {
  if ('endpoint' in result) return result.endpoint;
  if ('tunnel' in result) {
    const saved = result.tunnel;
    return {
      ...endpoint,
      tunnels: endpoint.tunnels.map((tunnel) => (tunnel.id === saved.id ? saved : tunnel)),
    };
  }
  const pair = result.pair;
  const others = endpoint.trafficPairs.filter((existing) => existing.id !== pair.id);
  return { ...endpoint, trafficPairs: [...others, pair].sort((a, b) => a.id - b.id) };
}

/** Add or edit a policy tunnel or a traffic pair of an endpoint. */
export function SubnetPairDialog({
  kind,
  endpoint,
  item,
  onClose,
}: {
  kind: 'tunnel' | 'pair';
  endpoint: Endpoint;
  item?: Tunnel | TrafficPair;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<SubnetPairValues>({
    resolver: zodResolver(kind === 'tunnel' ? tunnelFormSchema : pairFormSchema),
    defaultValues: subnetPairValues(item),
  });
  const noun = kind === 'tunnel' ? 'tunnel' : 'traffic pair';
  const save = useMutation({
    mutationFn: async (values: SubnetPairValues): Promise<Saved> => {
      if (kind === 'pair') return { pair: await savePair(client, endpoint.id, values, item?.id) };
      const saved = await saveTunnel(client, endpoint.id, values, item?.id);
      return 'tunnels' in saved ? { endpoint: saved } : { tunnel: saved };
    },
    onSuccess: async (result, values) => {
      storeEndpoint(queryClient, connection.id, updatedEndpoint(endpoint, result));
      if (kind === 'tunnel') {
        await queryClient.invalidateQueries({ queryKey: ipsecStatusKey(connection.id) });
      }
      notifications.show({
        color: 'teal',
        title: item
          ? `${kind === 'tunnel' ? 'Tunnel' : 'Traffic pair'} saved`
          : `${kind === 'tunnel' ? 'Tunnel' : 'Traffic pair'} added`,
        message: `${values.localSubnet || 'overlay'} ↔ ${values.remoteSubnet}`,
      });
      onClose();
    },
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, SUBNET_PAIR_FIELDS);
      if (mapped) form.setError(mapped.field, { message: mapped.message }, { shouldFocus: true });
    },
  });
  const { errors } = form.formState;

  return (
    <Modal opened onClose={onClose} title={`${item ? 'Edit' : 'Add'} ${noun} (${endpoint.name})`}>
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          {fieldOfVns3Error(save.error, SUBNET_PAIR_FIELDS) ? null : (
            <MutationError error={save.error} title={`The ${noun} was not saved`} />
          )}
          <TextInput
            label="Local subnet"
            placeholder="10.0.0.0/24"
            required={kind === 'pair'}
            description={kind === 'tunnel' ? 'Empty: the controller’s overlay subnet.' : undefined}
            error={errors.localSubnet?.message}
            {...form.register('localSubnet')}
          />
          <TextInput
            label="Remote subnet"
            placeholder="192.168.10.0/24"
            required
            error={errors.remoteSubnet?.message}
            {...form.register('remoteSubnet')}
          />
          <TextInput
            label="Description"
            error={errors.description?.message}
            {...form.register('description')}
          />
          <TextInput
            label="Ping address"
            description="Optional: a host on the remote side pinged to keep the tunnel up."
            error={errors.pingIpaddress?.message}
            {...form.register('pingIpaddress')}
          />
          <Group grow align="flex-start">
            <TextInput
              label="Ping interval (s)"
              error={errors.pingInterval?.message}
              {...form.register('pingInterval')}
            />
            <Controller
              control={form.control}
              name="pingInterface"
              render={({ field }) => (
                <Select
                  label="Ping from"
                  data={['eth0', 'tun0']}
                  allowDeselect={false}
                  value={field.value}
                  onChange={(value) => field.onChange(value ?? 'eth0')}
                />
              )}
            />
          </Group>
          <Checkbox label="Enabled" {...form.register('enabled')} />
          <DialogFooter
            onCancel={onClose}
            submitLabel={item ? `Save ${noun}` : `Add ${noun}`}
            loading={save.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
