import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { QueryBoundary } from '@/components/QueryBoundary';
import { cloudDataQuery, rebootController } from '../api/admin';
import { Facts } from './Facts';
import { ErrorLine } from './MutationError';
import { useRebootFlow } from './useRebootFlow';

export function RebootCard({ giveUpAfterMs }: { giveUpAfterMs?: number }) {
  const { connection, client } = useConnectionClient();
  const reboot = useRebootFlow(giveUpAfterMs);
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: () => rebootController(client),
    onSuccess: () => {
      setConfirming(false);
      reboot.start();
    },
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Restart
        </Title>
        <Text size="sm">
          Reboots the controller. Tunnels and overlay clients drop until it is back.
        </Text>
        <Button color="red" variant="default" w="fit-content" onClick={() => setConfirming(true)}>
          Restart controller
        </Button>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={`Restart ${connection.name}?`}
        confirmLabel="Restart"
        loading={mutation.isPending}
        onConfirm={() => mutation.mutate()}
        onCancel={() => {
          setConfirming(false);
          mutation.reset();
        }}
      >
        {connection.name} reboots and stops answering for a while; this console waits for it to come
        back.
        {mutation.error ? <ErrorLine error={mutation.error} /> : null}
      </ConfirmDialog>
      {reboot.modal}
    </Paper>
  );
}

export function CloudDataCard() {
  const { connection, client } = useConnectionClient();
  const cloud = useQuery(cloudDataQuery(connection.id, client));
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Cloud instance
        </Title>
        <QueryBoundary query={cloud} what="the cloud details" skeletonHeight={100}>
          {(data) => (
            <Facts
              label="Cloud details"
              rows={[
                ['Cloud', data.cloud_type ?? 'Unknown'],
                ...Object.entries(data.cloud_data ?? {}).map(
                  ([name, value]) =>
                    [name, typeof value === 'string' ? value : JSON.stringify(value)] as [
                      string,
                      string,
                    ],
                ),
              ]}
            />
          )}
        </QueryBoundary>
      </Stack>
    </Paper>
  );
}
