import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { ApiError, describeError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { fieldOfServerMessage } from '../api/fieldRules';
import { systemKeys } from '../api/keys';
import {
  NETWORK_FIELDS,
  type NetworkField,
  type NetworkFormValues,
  type SettingsJson,
  changesAddress,
  networkFormDefaults,
  networkFormSchema,
  postSettings,
  toSettingsJson,
} from '../api/networkSettings';
import { type ApplianceSettings, networkMode } from '../api/settings';
import { ApplyStatus } from './ApplyStatus';
import type { ApplyPhase } from './useApplyTracker';

interface Tracker {
  phase: ApplyPhase;
  elapsed: number;
  pollError: unknown;
  track: (sent: SettingsJson) => void;
  retry: () => void;
}

const FIELDS: Record<NetworkField, { label: string; description: string; placeholder?: string }> = {
  interface: { label: 'Interface', description: '3–14 letters or digits', placeholder: 'eth0' },
  hostname: {
    label: 'Hostname',
    description: '3–255 letters, digits, dots and hyphens',
    placeholder: 'appliance.example.lan',
  },
  ip_address: { label: 'IP address', description: 'IPv4 or IPv6', placeholder: '192.168.1.100' },
  netmask: {
    label: 'Netmask or prefix',
    description: 'A mask such as 255.255.255.0, or a prefix such as /24 or 64',
    placeholder: '255.255.255.0',
  },
  gateway: { label: 'Gateway', description: 'Same family as the IP address' },
  dns1: { label: 'DNS server 1', description: 'Optional; IPv4 or IPv6' },
  dns2: { label: 'DNS server 2', description: 'Optional; IPv4 or IPv6' },
  ntpserver: {
    label: 'NTP server',
    description: 'Optional; a host name or address',
    placeholder: 'pool.ntp.org',
  },
};

export function NetworkForm({
  settings,
  tracker,
}: {
  settings: ApplianceSettings | null;
  tracker: Tracker;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<NetworkFormValues>({
    resolver: zodResolver(networkFormSchema),
    defaultValues: networkFormDefaults(settings),
  });
  const [confirming, setConfirming] = useState<NetworkFormValues | null>(null);
  const mode = useWatch({ control: form.control, name: 'mode' });
  const { errors } = form.formState;

  const apply = useMutation({
    mutationFn: ({ json }: { json: SettingsJson; values: NetworkFormValues }) =>
      postSettings(client, json),
    onSuccess: (_data, { json, values }) => {
      form.reset(values);
      tracker.track(json);
      void queryClient.invalidateQueries({ queryKey: systemKeys.settings(connection.id) });
    },
    onError: (error) => {
      const field = serverField(error);
      if (field)
        form.setError(field, { type: 'server', message: error.message }, { shouldFocus: true });
    },
  });
  const shownError = apply.error && !serverField(apply.error) ? apply.error : null;

  const { phase } = tracker;
  useEffect(() => {
    if (phase === 'applied') {
      notifications.show({
        color: 'teal',
        title: 'Network settings applied',
        message: `${connection.name} reports the new network settings.`,
      });
    }
  }, [phase, connection.name]);

  function send(values: NetworkFormValues) {
    setConfirming(null);
    apply.mutate({ json: toSettingsJson(values, settings?.app), values });
  }

  const field = (name: NetworkField) => (
    <TextInput
      key={name}
      label={FIELDS[name].label}
      description={FIELDS[name].description}
      placeholder={FIELDS[name].placeholder}
      required={
        name === 'interface' ||
        name === 'hostname' ||
        (mode === 'static' && ['ip_address', 'netmask', 'gateway'].includes(name))
      }
      autoComplete="off"
      spellCheck={false}
      error={errors[name]?.message}
      {...form.register(name)}
    />
  );

  return (
    <Paper withBorder p="lg" radius="md">
      <form
        onSubmit={form.handleSubmit((values) =>
          changesAddress(settings, values) ? setConfirming(values) : send(values),
        )}
        noValidate
      >
        <Stack>
          <Title order={2} size="h4">
            Change settings
          </Title>
          <Alert color="yellow" variant="light" title="The appliance may become unreachable">
            <Text size="sm">
              Changing the IP address, or switching between DHCP and a static address, can make the
              appliance unreachable at its current URL ({connection.baseUrl}). You would then edit
              this connection to use the new address. The application settings are sent back
              unchanged.
            </Text>
          </Alert>
          {shownError ? (
            <Alert color="red" role="alert" title="The settings were not applied">
              {describeError(shownError)}
            </Alert>
          ) : null}
          <Controller
            control={form.control}
            name="mode"
            render={({ field: { value, onChange } }) => (
              <Radio.Group label="Addressing" value={value} onChange={onChange}>
                <Group mt={6}>
                  <Radio value="dhcp" label="DHCP" />
                  <Radio value="static" label="Static" />
                </Group>
              </Radio.Group>
            )}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {field('interface')}
            {field('hostname')}
          </SimpleGrid>
          {mode === 'static' ? (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {field('ip_address')}
              {field('netmask')}
              {field('gateway')}
            </SimpleGrid>
          ) : (
            <Text size="sm" c="dimmed">
              With DHCP the appliance gets its address, netmask and gateway from the network.
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {field('dns1')}
            {field('dns2')}
            {field('ntpserver')}
          </SimpleGrid>
          <ApplyStatus
            phase={tracker.phase}
            elapsed={tracker.elapsed}
            pollError={tracker.pollError}
            baseUrl={connection.baseUrl}
            applyingText="Applying… waiting for the appliance to report the new settings"
            appliedTitle="Network settings applied"
            appliedText="The appliance reports the settings you sent."
            onRetry={tracker.retry}
          />
          <Group>
            <Button type="submit" loading={apply.isPending}>
              Apply settings
            </Button>
            <Button
              variant="default"
              onClick={() => form.reset(networkFormDefaults(settings))}
              disabled={apply.isPending}
            >
              Reset to current
            </Button>
          </Group>
        </Stack>
      </form>
      <ConfirmDialog
        opened={confirming !== null}
        title={`Change the address of ${connection.name}?`}
        confirmLabel="Apply settings"
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && send(confirming)}
      >
        {confirming ? addressChangeText(settings, confirming, connection.baseUrl) : null}
      </ConfirmDialog>
    </Paper>
  );
}

function serverField(error: Error): NetworkField | undefined {
  return error instanceof ApiError && error.status === 400
    ? fieldOfServerMessage(error.message, NETWORK_FIELDS)
    : undefined;
}

function addressChangeText(
  settings: ApplianceSettings | null,
  values: NetworkFormValues,
  baseUrl: string,
): string {
  const from =
    networkMode(settings) === 'static'
      ? String(settings?.network?.ip_address ?? 'its static address')
      : 'DHCP';
  const to = values.mode === 'static' ? values.ip_address : 'DHCP';
  return `The appliance moves from ${from} to ${to}. It may stop answering at ${baseUrl} until you edit this connection.`;
}
