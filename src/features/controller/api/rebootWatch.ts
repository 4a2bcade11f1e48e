import { useCallback } from 'react';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { type RebootWatchOptions, useRebootWatch } from '@/lib/rebootWatch';
import { vns3Get } from './request';

/** Follows a controller reboot by polling GET /config, which is never licence-gated. */
export function useControllerRebootWatch(client: HttpClient, options: RebootWatchOptions) {
  const probe = useCallback(
    (signal: AbortSignal) => vns3Get(client, '/config', z.unknown(), signal),
    [client],
  );
  return useRebootWatch(probe, options);
}
