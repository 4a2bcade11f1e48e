import { useQueryClient } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { RebootWaitModal } from '@/components/RebootWaitModal';
import { REBOOT_GIVE_UP_MS } from '@/lib/rebootWatch';
import { useControllerRebootWatch } from '../api/rebootWatch';

/** Follows a reboot the page started; everything of this connection is refetched when it is back. */
export function useRebootFlow(giveUpAfterMs = REBOOT_GIVE_UP_MS) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const watch = useControllerRebootWatch(client, {
    giveUpAfterMs,
    onBack: () => void queryClient.invalidateQueries({ queryKey: [connection.id] }),
  });
  const modal = watch.state ? (
    <RebootWaitModal
      name={connection.name}
      watch={watch.state}
      giveUpMinutes={Math.round(giveUpAfterMs / 60_000)}
      onKeepWaiting={watch.keepWaiting}
      onClose={watch.stop}
    />
  ) : null;
  return { start: watch.start, modal };
}
