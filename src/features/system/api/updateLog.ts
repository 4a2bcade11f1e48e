import { queryOptions } from '@tanstack/react-query';
import { ApiError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';
import { updateStatusKey } from './updateStatus';

/** The full update.log as plain text, or null when the appliance has none yet (404). */
export async function fetchUpdateLog(client: HttpClient, signal?: AbortSignal) {
  try {
    return await client.text({ path: jidotekiPath('update/log'), signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function updateLogQuery(connectionId: string, client: HttpClient, enabled: boolean) {
  return queryOptions({
    queryKey: [...updateStatusKey(connectionId), 'log'] as const,
    queryFn: ({ signal }) => fetchUpdateLog(client, signal),
    enabled,
    staleTime: 0,
  });
}
