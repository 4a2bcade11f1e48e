import { z } from 'zod/mini';

export const AUDIT_OUTCOMES = ['ok', 'failed', 'network-error', 'aborted'] as const;

/** One non-GET request made from the console: never a body, a query value or a credential. */
export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  connectionId: z.string(),
  /** As it was named then, so the trail stays readable after a connection is removed. */
  connectionName: z.string(),
  method: z.string(),
  /** Below the connection's base URL (or proxy path), without the query. */
  path: z.string(),
  status: z.nullable(z.number()),
  outcome: z.enum(AUDIT_OUTCOMES),
  durationMs: z.number(),
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const storedAuditSchema = z.object({
  version: z.literal(1),
  entries: z.array(auditEntrySchema),
});
