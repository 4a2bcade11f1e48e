import { zodResolver } from '@hookform/resolvers/zod';
import {
  Checkbox,
  Group,
  Modal,
  PasswordInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import {
  ENDPOINT_FIELDS,
  type EndpointFormValues,
  createEndpointSchema,
  endpointFormSchema,
  endpointFormValues,
  saveEndpoint,
} from '../api/endpoint';
import { type Endpoint, storeEndpoint } from '../api/ipsec';
import { MutationError } from './MutationError';

/** Create an IPsec endpoint (remote gateway), or edit one. */
export function EndpointDialog({
  opened,
  onClose,
  endpoint,
}: {
  opened: boolean;
  onClose: () => void;
  endpoint?: Endpoint;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<EndpointFormValues>({
    resolver: zodResolver(endpoint ? endpointFormSchema : createEndpointSchema),
    defaultValues: endpointFormValues(endpoint),
  });
  const save = useMutation({
    mutationFn: (values: EndpointFormValues) => saveEndpoint(client, values, endpoint?.id),
    onSuccess: (saved) => {
      storeEndpoint(queryClient, connection.id, saved);
      notifications.show({
        color: 'teal',
        title: endpoint ? 'Endpoint saved' : 'Endpoint created',
        message: `${saved.name} (${saved.ipaddress})`,
      });
      close();
    },
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, ENDPOINT_FIELDS);
      if (mapped) form.setError(mapped.field, { message: mapped.message }, { shouldFocus: true });
    },
  });
  const { errors } = form.formState;
  const vpnType = useWatch({ control: form.control, name: 'vpnType' });

  function close() {
    form.reset(endpointFormValues(endpoint));
    save.reset();
    onClose();
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={endpoint ? `Edit endpoint ${endpoint.name}` : 'Add endpoint'}
      size="lg"
    >
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          {fieldOfVns3Error(save.error, ENDPOINT_FIELDS) ? null : (
            <MutationError error={save.error} title="The endpoint was not saved" />
          )}
          <TextInput
            label="Name"
            required
            error={errors.name?.message}
            {...form.register('name')}
          />
          <TextInput
            label="Remote gateway IP"
            description="The public IPv4 address of the remote IPsec device."
            required
            error={errors.ipaddress?.message}
            {...form.register('ipaddress')}
          />
          <PasswordInput
            label="Pre-shared key"
            description={endpoint ? 'Leave empty to keep the current key.' : undefined}
            required={!endpoint}
            autoComplete="new-password"
            error={errors.secret?.message}
            {...form.register('secret')}
          />
          <Controller
            control={form.control}
            name="ikeVersion"
            render={({ field }) => (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="ike-version-label">
                  IKE version
                </Text>
                <SegmentedControl
                  aria-labelledby="ike-version-label"
                  data={[
                    { value: '1', label: 'IKEv1' },
                    { value: '2', label: 'IKEv2' },
                  ]}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                />
              </Stack>
            )}
          />
          <Group>
            <Checkbox label="Perfect forward secrecy (PFS)" {...form.register('pfs')} />
            <Checkbox label="NAT traversal" {...form.register('natT')} />
          </Group>
          <TextInput
            label="IKE / ESP algorithms"
            description="Extra configuration, e.g. phase1=aes256-sha2_256-dh14 phase2=aes256-sha2_256"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            error={errors.extraConfig?.message}
            {...form.register('extraConfig')}
          />
          <TextInput
            label="Remote private IP"
            description="Optional: the device's address behind NAT."
            error={errors.privateIpaddress?.message}
            {...form.register('privateIpaddress')}
          />
          <Controller
            control={form.control}
            name="vpnType"
            render={({ field }) => (
              <Select
                label="VPN type"
                data={[
                  { value: 'policy', label: 'Policy based' },
                  { value: 'vti', label: 'Route based (VTI)' },
                  { value: 'gre', label: 'GRE' },
                ]}
                allowDeselect={false}
                value={field.value}
                onChange={(value) => field.onChange(value ?? 'policy')}
              />
            )}
          />
          {vpnType === 'vti' ? (
            <>
              <TextInput
                label="VTI interface address"
                placeholder="169.254.0.1/30"
                error={errors.routeBasedIntAddress?.message}
                {...form.register('routeBasedIntAddress')}
              />
              <TextInput
                label="Route-based local network"
                error={errors.routeBasedLocal?.message}
                {...form.register('routeBasedLocal')}
              />
              <TextInput
                label="Route-based remote network"
                error={errors.routeBasedRemote?.message}
                {...form.register('routeBasedRemote')}
              />
            </>
          ) : null}
          <TextInput
            label="Description"
            error={errors.description?.message}
            {...form.register('description')}
          />
          <DialogFooter
            onCancel={close}
            submitLabel={endpoint ? 'Save endpoint' : 'Add endpoint'}
            loading={save.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
