import { zodResolver } from '@hookform/resolvers/zod';
import { Group, Modal, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { fieldErrors } from '@/api/shellhub/shdevices';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { type ConnectorFormValues, connectorFormSchema, saveConnector } from '../api/connectors';
import { shKeys } from '../api/keys';
import type { Connector } from '../api/schemas';
import { ActionError } from './ActionError';

const FIELDS = ['address', 'port', 'secure', 'enable'];

/** Create or edit a Docker connector. */
export function ConnectorFormDialog({
  connector,
  onClose,
}: {
  connector: Connector | null;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<ConnectorFormValues>({
    resolver: zodResolver(connectorFormSchema),
    defaultValues: connector
      ? {
          address: connector.address,
          port: String(connector.port),
          secure: connector.secure,
          enable: connector.enable,
        }
      : { address: '', port: '2375', secure: false, enable: true },
  });
  const save = useMutation({
    mutationFn: (values: ConnectorFormValues) => saveConnector(client, values, connector?.uid),
    onSuccess: async (_data, values) => {
      await queryClient.invalidateQueries({ queryKey: shKeys.connectors(connection.id) });
      notifications.show({
        color: 'teal',
        title: connector ? 'Connector saved' : 'Connector added',
        message: `${values.address}:${values.port}.`,
      });
      onClose();
    },
    onError: (error) => {
      for (const [field, reason] of Object.entries(fieldErrors(error))) {
        if (FIELDS.includes(field)) {
          form.setError(field as keyof ConnectorFormValues, {
            message: `The server says: ${reason}`,
          });
        }
      }
    },
  });
  const { errors } = form.formState;
  const switchField = (name: 'secure' | 'enable', label: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Switch
          label={label}
          checked={field.value}
          onChange={(event) => field.onChange(event.currentTarget.checked)}
        />
      )}
    />
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={connector ? `Edit ${connector.address}` : 'Add connector'}
    >
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <ActionError
            error={save.error}
            title="The connector was not saved"
            action="change connectors"
          />
          <Group grow align="flex-start">
            <TextInput
              label="Address"
              description="Docker engine host"
              required
              error={errors.address?.message}
              {...form.register('address')}
            />
            <TextInput
              label="Port"
              inputMode="numeric"
              required
              error={errors.port?.message}
              {...form.register('port')}
            />
          </Group>
          {switchField('secure', 'Use TLS (HTTPS)')}
          {switchField('enable', 'Enabled')}
          <DialogFooter
            onCancel={onClose}
            submitLabel={connector ? 'Save connector' : 'Add connector'}
            loading={save.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
