import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';
import { type JobStatus, jobStatusSchema } from '@/api/jidoteki/jobs';
import { systemKeys } from './keys';

export const POLL_MS = 1000;
/** How long a refused second update (E1004) is followed while the first one still runs. */
export const ALREADY_RUNNING_FOLLOW_MS = 10 * 60_000;
/** After a 202 the work starts in a forked script: until the log moves, the state may be old. */
export const START_GRACE_MS = 10_000;

export const ALREADY_RUNNING = 'E1004';

export function updateStatusKey(connectionId: string) {
  return [...systemKeys.all(connectionId), 'update'] as const;
}

export function fetchUpdateStatus(client: HttpClient, signal?: AbortSignal): Promise<JobStatus> {
  return client.json({ path: jidotekiPath('update'), signal }, jobStatusSchema);
}

export function updateStatusQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: updateStatusKey(connectionId),
    queryFn: ({ signal }) => fetchUpdateStatus(client, signal),
    staleTime: 0,
  });
}

/** A package this page sent (202): when, and the log as it was before, to tell old state from new. */
export interface SentUpdate {
  sentAt: number;
  logBefore: string | null | undefined;
}

/** The update refused because another runs: reported as failed with E1004, or as running with it. */
export function isAlreadyRunning(status: JobStatus | undefined): boolean {
  return status?.['error-code'] === ALREADY_RUNNING && status.status !== 'success';
}

/**
 * Milliseconds to the next GET /update, or false to stop: every second while an update runs, while a
 * package just sent has not visibly started, and while a refused second update (E1004) waits for the
 * running one to end (the real appliance reports "failed" until then).
 */
export function nextUpdatePoll(
  status: JobStatus | undefined,
  context: { now: number; sent: SentUpdate | null; alreadyRunningSince: number | null },
): number | false {
  if (!status) return false;
  if (status.status === 'running') return POLL_MS;
  const { now, sent, alreadyRunningSince } = context;
  if (
    sent &&
    now - sent.sentAt < START_GRACE_MS &&
    (status.log ?? null) === (sent.logBefore ?? null)
  ) {
    return POLL_MS;
  }
  if (
    status.status === 'failed' &&
    status['error-code'] === ALREADY_RUNNING &&
    now - (alreadyRunningSince ?? now) < ALREADY_RUNNING_FOLLOW_MS
  ) {
    return POLL_MS;
  }
  return false;
}
