import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ServerText } from '@/components/ServerText';
import { knownGroupsQuery } from '../api/knownGroups';
import { gatewayKeys } from '../api/keys';
import {
  type RegisterDeviceValues,
  registerDevice,
  registerDeviceSchema,
} from '../api/registerDevice';
import { MutationError } from './MutationError';

const EMPTY: RegisterDeviceValues = { uuid: '', name: '', group: '', hardwareId: '', csr: '' };

/** POST /v1/devices, for devices that cannot run lmp-device-register themselves. */
export function RegisterDeviceDialog({
  opened,
  onClose,
}: {
  opened: boolean;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const groups = useQuery({ ...knownGroupsQuery(connection.id, client), enabled: opened });
  const [files, setFiles] = useState<Record<string, string> | null>(null);
  const form = useForm<RegisterDeviceValues>({
    resolver: zodResolver(registerDeviceSchema),
    defaultValues: EMPTY,
  });
  const register = useMutation({
    mutationFn: (values: RegisterDeviceValues) => registerDevice(client, values),
    onSuccess: async (result, values) => {
      setFiles(result);
      await queryClient.invalidateQueries({ queryKey: gatewayKeys.devices(connection.id) });
      notifications.show({
        color: 'teal',
        title: 'Device registered',
        message: `${values.name || values.uuid} can now connect with the files shown.`,
      });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        form.setError('uuid', { message: error.message }, { shouldFocus: true });
      }
    },
  });
  const { errors } = form.formState;

  function close() {
    form.reset(EMPTY);
    register.reset();
    setFiles(null);
    onClose();
  }

  return (
    <Modal opened={opened} onClose={close} title="Register device" size="lg">
      {files ? (
        <Stack>
          {Object.entries(files).map(([name, text]) => (
            <ServerText key={name} label={name} text={`# ${name}\n${text}`} maxHeight={160} />
          ))}
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={form.handleSubmit((values) => register.mutate(values))} noValidate>
          <Stack>
            <MutationError error={register.error} title="The device was not registered" />
            <TextInput
              label="Device UUID"
              required
              error={errors.uuid?.message}
              {...form.register('uuid')}
            />
            <TextInput label="Name" error={errors.name?.message} {...form.register('name')} />
            <Controller
              control={form.control}
              name="group"
              render={({ field }) => (
                <Select
                  label="Group"
                  description="A known device group, or none."
                  data={groups.data ?? []}
                  clearable
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                />
              )}
            />
            <TextInput label="Hardware ID" {...form.register('hardwareId')} />
            <Textarea
              label="Certificate request (PEM)"
              description="Its common name (CN) must be the device UUID."
              required
              autosize
              minRows={4}
              ff="monospace"
              error={errors.csr?.message}
              {...form.register('csr')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={register.isPending}>
                Register
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
