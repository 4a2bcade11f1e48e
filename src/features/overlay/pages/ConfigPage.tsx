import { zodResolver } from '@hookform/resolvers/zod';
import {
  Anchor,
  Button,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { type HubConfig, configQuery, patchConfig, timeZones } from '../api/config';
import {
  CONFIG_FIELDS,
  type ConfigFormValues,
  configFormDefaults,
  configFormSchema,
  toConfigChanges,
} from '../api/configForm';
import { applyFieldErrors } from '../api/drfErrors';
import { overlayKeys } from '../api/keys';
import { SERVERS } from '../api/resources';
import { OverlayBoundary } from '../components/Forbidden';
import { MutationError } from '../components/MutationError';
import { SwitchField } from '../components/SwitchField';

export function ConfigPage() {
  const { connection, client } = useConnectionClient();
  const config = useQuery(configQuery(connection.id, client));
  const hubRoot = connection.baseUrl.replace(/\/+$/, '');
  return (
    <>
      <PageHeader
        title="Hub config"
        description="Time zone, automatic updates, and which servers may join the overlay network."
      />
      <OverlayBoundary query={config} what="the hub configuration" action="view the hub config">
        {(data) => <ConfigForm key={JSON.stringify(data)} config={data} />}
      </OverlayBoundary>
      <Text size="sm" c="dimmed" mt="md">
        API reference of this hub:{' '}
        <Anchor href={`${hubRoot}/api/`} target="_blank" rel="noreferrer" size="sm">
          API Developer Docs
        </Anchor>{' '}
        ·{' '}
        <Anchor
          href={`${hubRoot}/api/schema?format=json`}
          target="_blank"
          rel="noreferrer"
          size="sm"
        >
          OpenAPI schema
        </Anchor>
      </Text>
    </>
  );
}

function ConfigForm({ config }: { config: HubConfig }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<ConfigFormValues>({
    resolver: zodResolver(configFormSchema),
    defaultValues: configFormDefaults(config),
  });
  const [leftovers, setLeftovers] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: (values: ConfigFormValues) =>
      patchConfig(client, config.id, toConfigChanges(values)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(overlayKeys.config(connection.id), saved);
      notifications.show({ color: 'teal', title: 'Hub config saved', message: saved.timezone });
      // Blacklisted servers are disconnected and deleted by the hub.
      await queryClient.invalidateQueries({
        queryKey: overlayKeys.list(connection.id, SERVERS.name),
      });
    },
    onError: (error) =>
      setLeftovers(
        applyFieldErrors(error, CONFIG_FIELDS, (field, message) =>
          form.setError(
            field as (typeof CONFIG_FIELDS)[number],
            { message },
            { shouldFocus: true },
          ),
        ),
      ),
  });
  const { errors } = form.formState;

  return (
    <Paper withBorder p="lg" radius="md" maw={720}>
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <MutationError error={save.error} action="change the hub config" leftovers={leftovers} />
          <Title order={2} size="h4">
            General
          </Title>
          <Controller
            control={form.control}
            name="timezone"
            render={({ field, fieldState }) => (
              <Select
                label="Time zone"
                required
                searchable
                data={timeZones(config.timezone)}
                value={field.value}
                onChange={(value) => field.onChange(value ?? '')}
                allowDeselect={false}
                error={fieldState.error?.message}
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <SwitchField
              control={form.control}
              name="auto_update"
              label="Automatic updates"
              description="Install hub updates daily at the time below"
            />
            <TextInput
              label="Update time"
              type="time"
              description="Local time of the hub, HH:MM"
              error={errors.auto_update_time?.message}
              {...form.register('auto_update_time')}
            />
          </SimpleGrid>
          {config.ec2_iam_role_status !== undefined && config.ec2_iam_role_status !== null ? (
            <Text size="sm" c="dimmed">
              EC2 IAM role: {config.ec2_iam_role_status ? 'attached' : 'not attached'} (read-only)
            </Text>
          ) : null}
          <Title order={2} size="h4" mt="sm">
            Joining servers
          </Title>
          <SwitchField
            control={form.control}
            name="discovery_mode"
            label="Discovery mode"
            description="Any server may join unless it is on the deny list; when off, only allow-listed UUIDs may join."
          />
          <Textarea
            label="UUID deny list"
            description="One UUID per line. Listed servers that are connected are disconnected and deleted."
            autosize
            minRows={3}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            error={errors.uuid_blacklist?.message}
            {...form.register('uuid_blacklist')}
          />
          <Textarea
            label="UUID allow list"
            description="One UUID per line: servers allowed to join even when discovery mode is off."
            autosize
            minRows={3}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            error={errors.uuid_whitelist?.message}
            {...form.register('uuid_whitelist')}
          />
          <Button type="submit" loading={save.isPending} w="fit-content">
            Save config
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
