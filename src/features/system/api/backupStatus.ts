import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';
import { systemKeys } from './keys';

/** `{"status":"running"}`, `{"status":"success","filesize":"128.0K","sha256":"…"}`, `{"status":"failed"}`. */
export const backupStatusSchema = z.object({
  status: z.enum(['running', 'success', 'failed']),
  filesize: z.optional(z.union([z.string(), z.number()])),
  sha256: z.optional(z.string()),
});

export type BackupStatus = z.infer<typeof backupStatusSchema>;

/** The backup status, or null before the first backup (404). */
export async function fetchBackupStatus(
  client: HttpClient,
  signal?: AbortSignal,
): Promise<BackupStatus | null> {
  try {
    return await client.json({ path: jidotekiPath('backup'), signal }, backupStatusSchema);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const BACKUP_POLL_MS = 1000;

/** Polls every second while a backup runs, as the appliance's own dashboard does. */
export function backupStatusQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: systemKeys.backupStatus(connectionId),
    queryFn: ({ signal }) => fetchBackupStatus(client, signal),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? BACKUP_POLL_MS : false),
  });
}
