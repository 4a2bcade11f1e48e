import { Button, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, describeError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { RebootWaitModal } from '@/components/RebootWaitModal';
import { requestReboot } from '../api/reboot';
import { REBOOT_GIVE_UP_MS, useRebootWatch } from '../api/useRebootWatch';

/** Restart the appliance (GET /reboot), then follow it going away and coming back. */
export function RestartApplianceButton({
  giveUpAfterMs = REBOOT_GIVE_UP_MS,
}: {
  giveUpAfterMs?: number;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const watch = useRebootWatch(client, {
    giveUpAfterMs,
    onBack: () => void queryClient.invalidateQueries({ queryKey: [connection.id] }),
  });
  const reboot = useMutation({
    mutationFn: () => requestReboot(client),
    onSuccess: () => {
      setConfirming(false);
      watch.start();
    },
  });

  return (
    <>
      <Button variant="default" color="red" onClick={() => setConfirming(true)}>
        Restart appliance
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={`Restart ${connection.name}?`}
        confirmLabel="Restart"
        loading={reboot.isPending}
        onConfirm={() => reboot.mutate()}
        onCancel={() => {
          setConfirming(false);
          reboot.reset();
        }}
      >
        {connection.name} backs up its data, then reboots. It stops answering for a while; this
        console waits for it to come back.
        {reboot.error ? (
          <Text span display="block" mt="sm" c="var(--mantine-color-error)" role="alert">
            The restart was not started:{' '}
            {reboot.error instanceof ApiError && reboot.error.status === 404
              ? 'restarting is not enabled on this appliance (404).'
              : describeError(reboot.error)}
          </Text>
        ) : null}
      </ConfirmDialog>
      {watch.state ? (
        <RebootWaitModal
          name={connection.name}
          watch={watch.state}
          giveUpMinutes={Math.round(giveUpAfterMs / 60_000)}
          goingDownText={`${connection.name} is backing up before it restarts; it still answers.`}
          onKeepWaiting={watch.keepWaiting}
          onClose={watch.stop}
        />
      ) : null}
    </>
  );
}
