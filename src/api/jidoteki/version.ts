import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '../http';
import { jidotekiPath } from './client';
import { jidotekiKeys } from './keys';

export const versionSchema = z.object({ version: z.string() });

export function fetchVersion(client: HttpClient, signal?: AbortSignal) {
  return client.json({ path: jidotekiPath('version'), signal }, versionSchema);
}

export function versionQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: jidotekiKeys.version(connectionId),
    queryFn: ({ signal }) => fetchVersion(client, signal),
  });
}
