import { describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '@/test/memoryStorage';
import type { AuditEntry } from './auditEntry';
import { createAuditStore } from './auditStore';

const entry = (path: string): Omit<AuditEntry, 'id'> => ({
  at: '2025-01-01T00:00:00.000Z',
  connectionId: 'lab',
  connectionName: 'Lab',
  method: 'POST',
  path,
  status: 200,
  outcome: 'ok',
  durationMs: 12,
});

describe('createAuditStore', () => {
  it('records entries with an id, persists them and notifies', () => {
    const storage = new MemoryStorage();
    const store = createAuditStore(storage);
    const listener = vi.fn();
    store.subscribe(listener);
    store.record(entry('/a'));
    store.record(entry('/b'));
    expect(store.getAll().map((e) => e.path)).toEqual(['/a', '/b']);
    expect(new Set(store.getAll().map((e) => e.id)).size).toBe(2);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(createAuditStore(storage).getAll()).toEqual(store.getAll());
  });

  it('keeps only the newest entries beyond the cap', () => {
    const store = createAuditStore(new MemoryStorage(), 3);
    for (const path of ['/1', '/2', '/3', '/4', '/5']) store.record(entry(path));
    expect(store.getAll().map((e) => e.path)).toEqual(['/3', '/4', '/5']);
  });

  it('clears, and ignores stored data of the wrong shape', () => {
    const storage = new MemoryStorage();
    storage.setItem('switchboard.audit', '{"version":1,"entries":[{"id":1}]}');
    const store = createAuditStore(storage);
    expect(store.getAll()).toEqual([]);
    store.record(entry('/x'));
    store.clear();
    expect(store.getAll()).toEqual([]);
    expect(createAuditStore(storage).getAll()).toEqual([]);
  });

  it('keeps recording in memory when storage is full', () => {
    const storage = new MemoryStorage();
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const store = createAuditStore(storage);
    store.record(entry('/x'));
    expect(store.getAll()).toHaveLength(1);
  });
});
