import { queryOptions, skipToken } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '../http';
import { JIDOTEKI_API_PATH, jidotekiPath } from './client';
import { jidotekiKeys } from './keys';

export const endpointsSchema = z.object({ endpoints: z.array(z.string()) });

/** `/api/v1/admin/update/log` → `update/log`; `/docs` stays `/docs`. */
export function endpointName(path: string): string {
  return path.startsWith(`${JIDOTEKI_API_PATH}/`) ? path.slice(JIDOTEKI_API_PATH.length + 1) : path;
}

export async function fetchEndpoints(client: HttpClient, signal?: AbortSignal): Promise<string[]> {
  const data = await client.json({ path: jidotekiPath('endpoints'), signal }, endpointsSchema);
  return data.endpoints.map(endpointName);
}

/** With no client (not signed in) the query waits. */
export function endpointsQuery(connectionId: string, client: HttpClient | null) {
  return queryOptions({
    queryKey: jidotekiKeys.endpoints(connectionId),
    queryFn: client ? ({ signal }) => fetchEndpoints(client, signal) : skipToken,
    staleTime: 5 * 60_000,
  });
}
