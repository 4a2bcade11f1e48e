import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';
import { type JobStatus, jobStatusSchema } from '@/api/jidoteki/jobs';
import { systemKeys } from './keys';

/** GET /certs: status of the last certificate update (null before the first) and its log. */
export function certsStatusQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: systemKeys.certs(connectionId),
    queryFn: ({ signal }) => client.json({ path: jidotekiPath('certs'), signal }, jobStatusSchema),
  });
}

/**
 * Whether the update started after `before` was read has ended. The status alone could still be
 * the previous run's, so the log must have moved on too: every run adds timestamped lines.
 */
export function certsUpdateEnded(
  status: JobStatus | undefined,
  before: JobStatus | undefined,
): boolean {
  if (status?.status !== 'success' && status?.status !== 'failed') return false;
  return (status.log ?? null) !== (before?.log ?? null);
}
