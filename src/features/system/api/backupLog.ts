import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { ApiError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';
import { BACKUP_POLL_MS } from './backupStatus';
import { systemKeys } from './keys';

/** The full backup log as text, or null before anything was logged (404). */
export async function fetchBackupLog(
  client: HttpClient,
  signal?: AbortSignal,
): Promise<string | null> {
  try {
    return await client.text({ path: jidotekiPath('backup/log'), signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * Keyed by the backup status too, so the log is read again whenever the status changes (the last
 * lines of a finished backup); polled with the status while a backup runs.
 */
export function backupLogQuery(connectionId: string, client: HttpClient, status: string | null) {
  return queryOptions({
    queryKey: [...systemKeys.backupLog(connectionId), status ?? 'none'],
    queryFn: ({ signal }) => fetchBackupLog(client, signal),
    refetchInterval: status === 'running' ? BACKUP_POLL_MS : false,
    placeholderData: keepPreviousData,
  });
}
