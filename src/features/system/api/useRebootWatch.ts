import { useCallback } from 'react';
import type { HttpClient } from '@/api/http';
import { fetchVersion } from '@/api/jidoteki/version';
import { type RebootWatchOptions, useRebootWatch as useProbeWatch } from '@/lib/rebootWatch';

export { REBOOT_GIVE_UP_MS, rebootPollDelay } from '@/lib/rebootWatch';
export type { RebootWatchState } from '@/lib/rebootWatch';

/** Follows an appliance reboot by polling GET /version (see `@/lib/rebootWatch`). */
export function useRebootWatch(client: HttpClient, options: RebootWatchOptions) {
  const probe = useCallback((signal: AbortSignal) => fetchVersion(client, signal), [client]);
  return useProbeWatch(probe, options);
}
