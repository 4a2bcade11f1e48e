import type { AuditEntry } from './auditEntry';

export type StatusFilter = 'all' | '2xx' | '3xx' | '4xx' | '5xx' | 'no-response';

export interface AuditFilter {
  connectionId: string | null;
  method: string | null;
  status: StatusFilter;
  text: string;
}

export const NO_FILTER: AuditFilter = { connectionId: null, method: null, status: 'all', text: '' };

function statusMatches(entry: AuditEntry, status: StatusFilter): boolean {
  if (status === 'all') return true;
  if (status === 'no-response') return entry.status === null;
  return entry.status !== null && String(entry.status).startsWith(status[0] ?? '');
}

/** Newest first. Text matches path, connection name and outcome, case-insensitively. */
export function filterAudit(entries: readonly AuditEntry[], filter: AuditFilter): AuditEntry[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  const out: AuditEntry[] = [];
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const entry = entries[index]!;
    if (filter.connectionId && entry.connectionId !== filter.connectionId) continue;
    if (filter.method && entry.method !== filter.method) continue;
    if (!statusMatches(entry, filter.status)) continue;
    if (words.length > 0) {
      const haystack =
        `${entry.path} ${entry.connectionName} ${entry.outcome} ${entry.status ?? ''}`.toLowerCase();
      if (!words.every((word) => haystack.includes(word))) continue;
    }
    out.push(entry);
  }
  return out;
}
