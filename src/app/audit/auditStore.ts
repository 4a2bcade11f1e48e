import { useSyncExternalStore } from 'react';
import { type AuditEntry, storedAuditSchema } from './auditEntry';

const STORAGE_NAME = 'switchboard.audit';
/** About 1 MB of JSON: well inside a browser's localStorage quota. */
export const AUDIT_CAP = 5000;

export interface AuditStore {
  /** Oldest first. */
  getAll(): readonly AuditEntry[];
  record(entry: Omit<AuditEntry, 'id'>): void;
  clear(): void;
  subscribe(listener: () => void): () => void;
}

export function createAuditStore(storage: Storage | undefined, cap = AUDIT_CAP): AuditStore {
  const listeners = new Set<() => void>();
  let entries: readonly AuditEntry[] = read();
  let counter = 0;

  function read(): AuditEntry[] {
    try {
      const raw = storage?.getItem(STORAGE_NAME);
      if (!raw) return [];
      const parsed = storedAuditSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data.entries : [];
    } catch {
      return [];
    }
  }

  function commit(next: readonly AuditEntry[]) {
    entries = next;
    try {
      storage?.setItem(STORAGE_NAME, JSON.stringify({ version: 1, entries: next }));
    } catch {
      // Quota exceeded: the trail stays in memory for this visit.
    }
    listeners.forEach((listener) => listener());
  }

  return {
    getAll: () => entries,
    record(entry) {
      counter += 1;
      const id = `${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
      const next = [...entries, { id, ...entry }];
      commit(next.length > cap ? next.slice(next.length - cap) : next);
    },
    clear: () => commit([]),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const auditStore = createAuditStore(
  typeof window === 'undefined' ? undefined : window.localStorage,
);

export function useAuditEntries(): readonly AuditEntry[] {
  return useSyncExternalStore(auditStore.subscribe, auditStore.getAll);
}
