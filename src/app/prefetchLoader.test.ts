import type { LoaderFunctionArgs } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { prefetchLoader } from './prefetchLoader';

const stores = vi.hoisted(() => ({
  connections: new Map<string, { id: string }>(),
  sessions: new Map<string, { credential: string }>(),
  queryClient: { name: 'shared query client' },
}));

vi.mock('@/connections/store', () => ({
  connectionStore: { get: (id: string) => stores.connections.get(id) },
}));
vi.mock('@/auth/sessionStore', () => ({
  sessionStore: { get: (id: string) => stores.sessions.get(id) },
}));
vi.mock('@/auth/useConnectionClient', () => ({
  clientForSession: (connection: { id: string }, session: { credential: string }) => ({
    signedFor: connection.id,
    credential: session.credential,
  }),
}));
vi.mock('./queryClient', () => ({ getQueryClient: () => stores.queryClient }));

const args = (connectionId: string) =>
  ({ params: { connectionId } }) as unknown as LoaderFunctionArgs;

beforeEach(() => {
  stores.connections.clear();
  stores.sessions.clear();
});

describe('prefetchLoader', () => {
  it('returns at once and starts the page queries with a client signed for the session', async () => {
    stores.connections.set('c1', { id: 'c1' });
    stores.sessions.set('c1', { credential: 'secret' });
    const prefetch = vi.fn();
    expect(prefetchLoader(async () => prefetch)(args('c1'))).toBeNull();
    await vi.waitFor(() => expect(prefetch).toHaveBeenCalledTimes(1));
    expect(prefetch).toHaveBeenCalledWith(stores.queryClient, 'c1', {
      signedFor: 'c1',
      credential: 'secret',
    });
  });

  it('starts nothing for a connection without a session or an unknown connection', async () => {
    stores.connections.set('c1', { id: 'c1' });
    const load = vi.fn(async () => vi.fn());
    expect(prefetchLoader(load)(args('c1'))).toBeNull();
    expect(prefetchLoader(load)(args('missing'))).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(load).not.toHaveBeenCalled();
  });
});
