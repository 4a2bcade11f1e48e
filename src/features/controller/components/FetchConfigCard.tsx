import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ServerText } from '@/components/ServerText';
import { type FetchConfigValues, fetchConfigSchema } from '../api/rules';
import { fetchConfigFrom } from '../api/snapshots';
import { MutationError } from './MutationError';

const FIELDS = { host: 'host', password: 'password' } as const;

/** Copies the running configuration of another controller here, then follows the restart. */
export function FetchConfigCard({ onRestart }: { onRestart: () => void }) {
  const { connection, client } = useConnectionClient();
  const [asking, setAsking] = useState<FetchConfigValues | null>(null);
  const form = useForm<FetchConfigValues>({
    resolver: zodResolver(fetchConfigSchema),
    defaultValues: { host: '', password: '' },
  });
  const fetchConfig = useMutation({
    mutationFn: (values: FetchConfigValues) => fetchConfigFrom(client, values),
    onSuccess: (_, values) => {
      form.reset();
      notifications.show({
        color: 'teal',
        title: 'Configuration fetched',
        message: `${connection.name} is restarting with the configuration of ${values.host}.`,
      });
      onRestart();
    },
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, FIELDS);
      if (mapped) form.setError(mapped.field, { message: mapped.message });
    },
  });
  const errors = form.formState.errors;
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={form.handleSubmit((values) => setAsking(values))} noValidate>
        <Stack>
          <Title order={2} size="h4">
            Fetch the configuration of another controller
          </Title>
          <Text size="sm" c="dimmed">
            Like a restore, this works only on a controller without a keyset, and it restarts{' '}
            {connection.name}.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Source controller address"
              withAsterisk
              {...form.register('host')}
              error={errors.host?.message}
            />
            <PasswordInput
              label="Source controller API password"
              withAsterisk
              autoComplete="off"
              visibilityToggleFocusable
              visibilityToggleButtonProps={{ 'aria-label': 'Show or hide the source password' }}
              {...form.register('password')}
              error={errors.password?.message}
            />
          </SimpleGrid>
          {fieldOfVns3Error(fetchConfig.error, FIELDS) ? null : (
            <MutationError error={fetchConfig.error} title="The configuration was not fetched" />
          )}
          {fetchConfig.data?.log_lines ? (
            <ServerText
              text={fetchConfig.data.log_lines.join('\n')}
              label="Fetch log"
              maxHeight={160}
            />
          ) : null}
          <Button type="submit" loading={fetchConfig.isPending} w="fit-content">
            Fetch and restart
          </Button>
        </Stack>
      </form>
      <ConfirmDialog
        opened={asking !== null}
        title={`Replace the configuration of ${connection.name}?`}
        confirmLabel="Fetch and restart"
        onConfirm={() => {
          if (asking) fetchConfig.mutate(asking);
          setAsking(null);
        }}
        onCancel={() => setAsking(null)}
      >
        {connection.name} takes the running configuration of {asking?.host}, then restarts.
      </ConfirmDialog>
    </Paper>
  );
}
