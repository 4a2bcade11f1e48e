import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Paper, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { type LicenseParametersBody, setLicenseParameters } from '../api/license';
import { type LicenseParametersValues, licenseParametersSchema } from '../api/rules';
import { MutationError } from './MutationError';

export interface DefaultTopology {
  subnet: string;
  managers: string;
  asns: string;
  clients: string;
  my_manager_vip?: string | undefined;
}

function toBody(values: LicenseParametersValues): LicenseParametersBody {
  if (values.useDefault) return { default: true };
  return {
    subnet: values.subnet,
    managers: values.managers,
    asns: values.asns,
    ...(values.clients ? { clients: values.clients } : {}),
    ...(values.my_manager_vip ? { my_manager_vip: values.my_manager_vip } : {}),
  };
}

/** PUT /license/parameters: accepts the addressing for good, then the controller reboots. */
export function LicenseParametersForm({
  topology,
  onRebooting,
}: {
  topology: DefaultTopology | null;
  /** The controller reboots now; the page follows it (this form goes away meanwhile). */
  onRebooting: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const [pending, setPending] = useState<LicenseParametersValues | null>(null);
  const form = useForm<LicenseParametersValues>({
    resolver: zodResolver(licenseParametersSchema),
    defaultValues: {
      useDefault: true,
      subnet: topology?.subnet ?? '',
      managers: topology?.managers ?? '',
      asns: topology?.asns ?? '',
      clients: topology?.clients ?? '',
      my_manager_vip: topology?.my_manager_vip ?? '',
    },
  });
  const useDefault = useWatch({ control: form.control, name: 'useDefault' });
  const mutation = useMutation({
    mutationFn: (values: LicenseParametersValues) => setLicenseParameters(client, toBody(values)),
    onSuccess: () => {
      setPending(null);
      notifications.show({
        color: 'teal',
        title: 'Licence parameters set',
        message: `${connection.name} is restarting with its new addressing.`,
      });
      onRebooting();
    },
  });
  const errors = form.formState.errors;

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={form.handleSubmit((values) => setPending(values))} noValidate>
        <Stack>
          <Title order={2} size="h4">
            Licence parameters
          </Title>
          <Alert color="yellow" variant="light" title="Irreversible, and the controller restarts">
            The addressing you accept here cannot be changed later without a new licence. The
            controller reboots to apply it.
          </Alert>
          <Checkbox label="Use the licence's default addressing" {...form.register('useDefault')} />
          {!useDefault ? (
            <>
              <TextInput
                label="Overlay subnet"
                description="IPv4 CIDR, for example 100.64.0.0/24"
                {...form.register('subnet')}
                error={errors.subnet?.message}
              />
              <TextInput
                label="Manager addresses"
                description="Overlay IPv4 addresses of the controllers, separated by spaces"
                {...form.register('managers')}
                error={errors.managers?.message}
              />
              <TextInput
                label="Manager ASNs"
                description="One ASN per manager, separated by spaces"
                {...form.register('asns')}
                error={errors.asns?.message}
              />
              <TextInput
                label="Client addresses"
                description="Optional, for example 100.64.0.10 - 100.64.0.200"
                {...form.register('clients')}
                error={errors.clients?.message}
              />
              <TextInput
                label="Manager VIP"
                description="Optional IPv4 address"
                {...form.register('my_manager_vip')}
                error={errors.my_manager_vip?.message}
              />
            </>
          ) : null}
          <MutationError error={mutation.error} title="The parameters were not set" />
          <Button type="submit" color="red" w="fit-content">
            Set parameters and restart
          </Button>
        </Stack>
      </form>
      <ConfirmDialog
        opened={pending !== null}
        title={`Set the licence parameters of ${connection.name}?`}
        confirmLabel="Set parameters and restart"
        loading={mutation.isPending}
        onConfirm={() => pending && mutation.mutate(pending)}
        onCancel={() => setPending(null)}
      >
        {pending?.useDefault
          ? 'The default addressing of the licence'
          : `Overlay subnet ${pending?.subnet ?? ''} with managers ${pending?.managers ?? ''}`}{' '}
        becomes permanent on {connection.name}, which then restarts. This cannot be undone.
      </ConfirmDialog>
    </Paper>
  );
}
