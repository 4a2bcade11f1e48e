import { useSyncExternalStore } from 'react';
import { type Connection, type ConnectionValues, storedConnectionsSchema } from './schema';

const STORAGE_NAME = 'switchboard.connections';

type Listener = () => void;

export interface ConnectionStore {
  getAll(): readonly Connection[];
  get(id: string): Connection | undefined;
  add(values: ConnectionValues, extra?: Partial<Pick<Connection, 'id' | 'demo'>>): Connection;
  update(id: string, values: ConnectionValues): Connection;
  remove(id: string): void;
  /** True once the store has been written at least once on this device. */
  hasBeenInitialized(): boolean;
  subscribe(listener: Listener): () => void;
}

export function createConnectionStore(storage: Storage | undefined): ConnectionStore {
  const listeners = new Set<Listener>();
  let initialized = false;
  let connections: readonly Connection[] = read();

  function read(): Connection[] {
    const raw = storage?.getItem(STORAGE_NAME);
    if (!raw) return [];
    initialized = true;
    try {
      const parsed = storedConnectionsSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data.connections : [];
    } catch {
      return [];
    }
  }

  function commit(next: readonly Connection[]) {
    connections = next;
    initialized = true;
    storage?.setItem(STORAGE_NAME, JSON.stringify({ version: 1, connections: next }));
    listeners.forEach((listener) => listener());
  }

  function toDefinition(values: ConnectionValues) {
    return {
      kind: values.kind,
      name: values.name,
      baseUrl: values.baseUrl,
      ...(values.proxyPath ? { proxyPath: values.proxyPath } : {}),
    };
  }

  return {
    getAll: () => connections,
    get: (id) => connections.find((connection) => connection.id === id),
    add(values, extra = {}) {
      const connection: Connection = {
        id: extra.id ?? newId(values.name),
        ...toDefinition(values),
        ...(extra.demo ? { demo: true } : {}),
        createdAt: new Date().toISOString(),
      };
      commit([...connections, connection]);
      return connection;
    },
    update(id, values) {
      const current = connections.find((connection) => connection.id === id);
      if (!current) throw new Error(`No connection ${id}`);
      const updated: Connection = {
        id: current.id,
        ...toDefinition(values),
        ...(current.demo ? { demo: true } : {}),
        createdAt: current.createdAt,
      };
      commit(connections.map((connection) => (connection.id === id ? updated : connection)));
      return updated;
    },
    remove(id) {
      commit(connections.filter((connection) => connection.id !== id));
    },
    hasBeenInitialized: () => initialized,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function newId(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 24);
  const suffix = Math.random().toString(36).slice(2, 8);
  return `${slug || 'connection'}-${suffix}`;
}

export const connectionStore = createConnectionStore(
  typeof window === 'undefined' ? undefined : window.localStorage,
);

export function useConnections(): readonly Connection[] {
  return useSyncExternalStore(connectionStore.subscribe, connectionStore.getAll);
}

export function useConnection(id: string | undefined): Connection | undefined {
  const connections = useConnections();
  return id ? connections.find((connection) => connection.id === id) : undefined;
}
