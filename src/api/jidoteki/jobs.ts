import { z } from 'zod/mini';

/**
 * GET /update, /certs: `status` is null before the first run. Log fields are the last 10 lines
 * joined with the two characters backslash and n, not with newlines.
 */
export const jobStatusSchema = z.looseObject({
  status: z.nullable(z.optional(z.enum(['running', 'success', 'failed']))),
  percentage: z.optional(z.nullable(z.coerce.number())),
  log: z.optional(z.nullable(z.string())),
  'error-code': z.optional(z.string()),
  'error-message': z.optional(z.string()),
});

export type JobStatus = z.infer<typeof jobStatusSchema>;

export function jidotekiLogLines(log: string | null | undefined): string[] {
  if (!log) return [];
  return log.split(/\\n|\n/).filter((line) => line !== '');
}

/** What each update error code means (API doc, section 3). */
export const UPDATE_ERROR_CODES: Record<string, string> = {
  E1000: 'There was a scripting error in the update script.',
  E1001: 'There was a version error in the update package.',
  E1002: 'There was an error during the update process.',
  E1003: 'The update package was missing.',
  E1004: 'The update process was already running.',
  E1005: "The update package couldn't be decrypted or extracted.",
};

export function isJobFinished(status: JobStatus | undefined): boolean {
  return status?.status === 'success' || status?.status === 'failed';
}
