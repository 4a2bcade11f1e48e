import { Alert, Anchor, Checkbox, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { QueryBoundary } from '@/components/QueryBoundary';
import { MAX_DEVICE_CHOICES, chooseDevices, fetchDevicesMostUsed } from '../api/billing';
import { shKeys } from '../api/keys';
import { ActionError } from './ActionError';
import type { DeviceRef } from './useDeviceActions';

/**
 * The namespace is at its free device limit: `device` was not accepted. The owner subscribes,
 * or chooses (POST /api/billing/device-choice) the devices that stay usable.
 */
export function DeviceChoiceDialog({
  device,
  onClose,
}: {
  device: DeviceRef;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const devices = useQuery({
    queryKey: shKeys.devicesMostUsed(connection.id),
    queryFn: ({ signal }) => fetchDevicesMostUsed(client, signal),
  });
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (choices: string[]) => chooseDevices(client, choices),
    onSuccess: async (_data, choices) => {
      await queryClient.invalidateQueries({ queryKey: shKeys.devicesMostUsed(connection.id) });
      notifications.show({
        color: 'teal',
        title: 'Devices chosen',
        message: `${choices.length} ${choices.length === 1 ? 'device stays' : 'devices stay'} usable on the free plan.`,
      });
      onClose();
    },
  });
  const full = chosen.length >= MAX_DEVICE_CHOICES;
  return (
    <Modal opened onClose={onClose} title="Device limit reached" size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen.length === 0) return setError('Choose at least one device');
          setError(null);
          save.mutate(chosen);
        }}
      >
        <Stack>
          <Alert color="yellow" variant="light" role="status">
            {device.name} was not accepted: the namespace has reached its free device limit.
          </Alert>
          <Text size="sm">
            <Anchor component={Link} to={`/c/${connection.id}/namespace/billing`}>
              Subscribe on the Billing page
            </Anchor>{' '}
            to accept more devices, or choose up to {MAX_DEVICE_CHOICES} devices that stay usable.
          </Text>
          <ActionError
            error={save.error}
            title="The choice was not saved"
            action="manage billing"
          />
          <QueryBoundary query={devices} what="the most used devices" skeletonHeight={80}>
            {(list) =>
              list.length === 0 ? (
                <Text size="sm">No devices are in use yet.</Text>
              ) : (
                <Checkbox.Group
                  label="Devices to keep"
                  description="Most used first."
                  value={chosen}
                  onChange={(next) => {
                    setChosen(next);
                    setError(null);
                  }}
                  error={error}
                >
                  <Stack gap="xs" mt="xs">
                    {list.map((used) => (
                      <Checkbox
                        key={used.uid}
                        value={used.uid}
                        label={`${used.name}${used.online ? ' (online)' : ''}`}
                        disabled={full && !chosen.includes(used.uid)}
                      />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )
            }
          </QueryBoundary>
          <DialogFooter
            onCancel={onClose}
            submitLabel="Keep these devices"
            loading={save.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
