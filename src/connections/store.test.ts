import { describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '@/test/memoryStorage';
import type { ConnectionValues } from './schema';
import { createConnectionStore } from './store';

const STORAGE_NAME = 'switchboard.connections';

const lab: ConnectionValues = {
  kind: 'jidoteki',
  name: 'Lab Appliance #1',
  baseUrl: 'https://appliance.example.net:8443',
  proxyPath: '',
};

const edge: ConnectionValues = {
  kind: 'vns3',
  name: 'Edge',
  baseUrl: 'https://vns3.example.net:8000',
  proxyPath: '/proxy/edge',
};

function stored(storage: MemoryStorage): unknown {
  const raw = storage.getItem(STORAGE_NAME);
  return raw === null ? null : (JSON.parse(raw) as unknown);
}

/** Every key of every object in a JSON value. */
function allKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...allKeys(inner)]);
  }
  return [];
}

describe('createConnectionStore', () => {
  it('starts empty and uninitialised on fresh storage', () => {
    const store = createConnectionStore(new MemoryStorage());
    expect(store.getAll()).toEqual([]);
    expect(store.hasBeenInitialized()).toBe(false);
  });

  it('adds a connection with a slug id and persists only its definition', () => {
    const storage = new MemoryStorage();
    const store = createConnectionStore(storage);
    const connection = store.add(lab);

    expect(connection.id).toMatch(/^lab-appliance-1-[a-z0-9]{1,6}$/);
    expect(connection).toEqual({
      id: connection.id,
      kind: 'jidoteki',
      name: 'Lab Appliance #1',
      baseUrl: 'https://appliance.example.net:8443',
      createdAt: expect.any(String) as string,
    });
    expect(Number.isNaN(Date.parse(connection.createdAt))).toBe(false);
    expect(store.getAll()).toEqual([connection]);
    expect(store.get(connection.id)).toEqual(connection);
    expect(store.hasBeenInitialized()).toBe(true);
    expect(stored(storage)).toEqual({ version: 1, connections: [connection] });
  });

  it('never writes credential-like keys, even when handed extra fields', () => {
    const storage = new MemoryStorage();
    const store = createConnectionStore(storage);
    const withSecrets = {
      ...edge,
      password: 'hunter2',
      token: 'tok',
      key: 'k',
      credential: { kind: 'vns3', password: 'hunter2' },
    } as ConnectionValues;
    const connection = store.add(withSecrets);
    store.update(connection.id, { ...withSecrets, name: 'Edge 2' });

    const keys = allKeys(stored(storage));
    expect(keys).not.toEqual(
      expect.arrayContaining([
        expect.stringMatching(/password|token|secret|key|credential|hash|jwt/i),
      ]),
    );
    expect(new Set(keys)).toEqual(
      new Set([
        'version',
        'connections',
        'id',
        'kind',
        'name',
        'baseUrl',
        'proxyPath',
        'createdAt',
      ]),
    );
    expect(Object.values(storage.dump()).join('')).not.toContain('hunter2');
  });

  it('keeps a proxy path, and omits an empty one', () => {
    const storage = new MemoryStorage();
    const store = createConnectionStore(storage);
    const withProxy = store.add(edge);
    const without = store.add(lab);
    expect(withProxy.proxyPath).toBe('/proxy/edge');
    expect('proxyPath' in without).toBe(false);
  });

  it('uses a given id and demo flag', () => {
    const store = createConnectionStore(new MemoryStorage());
    const connection = store.add(lab, { id: 'demo-jidoteki', demo: true });
    expect(connection.id).toBe('demo-jidoteki');
    expect(connection.demo).toBe(true);
  });

  it('falls back to a generic id for a name without letters or digits', () => {
    const store = createConnectionStore(new MemoryStorage());
    expect(store.add({ ...lab, name: '###' }).id).toMatch(/^connection-[a-z0-9]+$/);
  });

  it('updates a connection in place, keeping id, createdAt and demo, and persists it', () => {
    const storage = new MemoryStorage();
    const store = createConnectionStore(storage);
    const first = store.add(lab, { demo: true });
    const second = store.add(edge);
    const updated = store.update(first.id, { ...edge, name: 'Renamed', proxyPath: '' });

    expect(updated).toEqual({
      id: first.id,
      kind: 'vns3',
      name: 'Renamed',
      baseUrl: 'https://vns3.example.net:8000',
      demo: true,
      createdAt: first.createdAt,
    });
    expect(store.getAll()).toEqual([updated, second]);
    expect(stored(storage)).toEqual({ version: 1, connections: [updated, second] });
  });

  it('throws when updating an unknown connection', () => {
    const store = createConnectionStore(new MemoryStorage());
    expect(() => store.update('nope', lab)).toThrow('No connection nope');
  });

  it('removes a connection and persists the rest', () => {
    const storage = new MemoryStorage();
    const store = createConnectionStore(storage);
    const first = store.add(lab);
    const second = store.add(edge);
    store.remove(first.id);
    expect(store.getAll()).toEqual([second]);
    expect(store.get(first.id)).toBeUndefined();
    expect(stored(storage)).toEqual({ version: 1, connections: [second] });
  });

  it('stays initialised after the last connection is removed', () => {
    const storage = new MemoryStorage();
    const store = createConnectionStore(storage);
    store.remove(store.add(lab).id);
    expect(store.hasBeenInitialized()).toBe(true);
    const reopened = createConnectionStore(storage);
    expect(reopened.getAll()).toEqual([]);
    expect(reopened.hasBeenInitialized()).toBe(true);
  });

  it('reads back what a previous store wrote', () => {
    const storage = new MemoryStorage();
    const first = createConnectionStore(storage);
    const a = first.add(lab);
    const b = first.add(edge);
    const second = createConnectionStore(storage);
    expect(second.getAll()).toEqual([a, b]);
    expect(second.hasBeenInitialized()).toBe(true);
  });

  it.each([
    ['not JSON', '{oops'],
    ['the wrong shape', '{"version":1,"connections":[{"id":"x"}]}'],
    ['another version', '{"version":2,"connections":[]}'],
    ['a bare array', '[]'],
  ])('yields no connections for %s', (_label, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_NAME, raw);
    const store = createConnectionStore(storage);
    expect(store.getAll()).toEqual([]);
  });

  it('works without storage at all', () => {
    const store = createConnectionStore(undefined);
    const connection = store.add(lab);
    expect(store.getAll()).toEqual([connection]);
  });

  it('notifies subscribers on every change until they unsubscribe', () => {
    const store = createConnectionStore(new MemoryStorage());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const connection = store.add(lab);
    expect(listener).toHaveBeenCalledTimes(1);
    store.update(connection.id, edge);
    expect(listener).toHaveBeenCalledTimes(2);
    store.remove(connection.id);
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    store.add(edge);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('gives a new array after a change, so useSyncExternalStore sees it', () => {
    const store = createConnectionStore(new MemoryStorage());
    const before = store.getAll();
    store.add(lab);
    expect(store.getAll()).not.toBe(before);
    expect(store.getAll()).toBe(store.getAll());
  });
});
