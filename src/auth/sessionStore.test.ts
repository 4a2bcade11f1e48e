import { describe, expect, it, vi } from 'vitest';
import { jidotekiKeyFromToken } from '@/lib/jidotekiSigning';
import { MemoryStorage } from '@/test/memoryStorage';
import { type Credential, credentialSchema } from './credentials';
import { createSessionStore } from './sessionStore';

const REMEMBERED = 'switchboard.remembered-sessions';
const TOKEN = 'yourtoken';
const KEY = '13e2ff941bbc8692cad141c8d293dda2c4f1c1a3c51b93d54f1a1693e1206107';

const jidotekiHash: Credential = {
  kind: 'jidoteki',
  mode: 'hash',
  key: jidotekiKeyFromToken(TOKEN),
};
const vns3: Credential = { kind: 'vns3', password: 'hunter2' };

function remembered(storage: MemoryStorage): unknown {
  const raw = storage.getItem(REMEMBERED);
  return raw === null ? null : (JSON.parse(raw) as unknown);
}

describe('createSessionStore', () => {
  it('keeps a session in memory only when remember is false', () => {
    const storage = new MemoryStorage();
    const store = createSessionStore(storage);
    const session = store.signIn('lab', vns3, false);

    expect(session).toMatchObject({ connectionId: 'lab', credential: vns3, remember: false });
    expect(store.get('lab')).toEqual(session);
    expect(storage.length).toBe(0);
    expect(createSessionStore(storage).get('lab')).toBeUndefined();
  });

  it('persists a remembered session as connection id, credential and sign-in time', () => {
    const storage = new MemoryStorage();
    const store = createSessionStore(storage);
    const session = store.signIn('lab', jidotekiHash, true);

    expect(session.remember).toBe(true);
    expect(remembered(storage)).toEqual([
      { connectionId: 'lab', credential: jidotekiHash, signedInAt: session.signedInAt },
    ]);
  });

  it.each<[string, Credential]>([
    ['jidoteki hash', jidotekiHash],
    ['jidoteki token', { kind: 'jidoteki', mode: 'token', token: 'abc' }],
    ['vns3', vns3],
    ['evon', { kind: 'evon', token: 't' }],
  ])('a new store on the same storage reads back a remembered %s session', (_label, credential) => {
    const storage = new MemoryStorage();
    const session = createSessionStore(storage).signIn('lab', credential, true);
    const reopened = createSessionStore(storage);
    expect(reopened.get('lab')).toEqual({
      connectionId: 'lab',
      credential,
      remember: true,
      signedInAt: session.signedInAt,
    });
  });

  it('credentialSchema parses a credential of each kind', () => {
    expect(credentialSchema.safeParse(jidotekiHash).success).toBe(true);
  });

  it('stores the sha256 key of a Jidoteki hash session, never the cleartext token', () => {
    const storage = new MemoryStorage();
    createSessionStore(storage).signIn('lab', jidotekiHash, true);
    const raw = storage.getItem(REMEMBERED) ?? '';
    expect(raw).toContain(KEY);
    expect(raw).not.toContain(`"${TOKEN}"`);
    expect(raw.replaceAll(KEY, '')).not.toContain(TOKEN);
  });

  it('persists only the remembered sessions among several', () => {
    const storage = new MemoryStorage();
    const store = createSessionStore(storage);
    store.signIn('a', vns3, false);
    store.signIn('b', jidotekiHash, true);
    const stored = remembered(storage) as { connectionId: string }[];
    expect(stored.map((entry) => entry.connectionId)).toEqual(['b']);
    expect(storage.getItem(REMEMBERED)).not.toContain('hunter2');
  });

  it('drops the stored copy when the same connection signs in again without remember', () => {
    const storage = new MemoryStorage();
    const store = createSessionStore(storage);
    store.signIn('lab', jidotekiHash, true);
    store.signIn('lab', jidotekiHash, false);
    expect(storage.getItem(REMEMBERED)).toBeNull();
    expect(store.get('lab')?.remember).toBe(false);
  });

  it('ignores a corrupted remembered list', () => {
    const storage = new MemoryStorage();
    storage.setItem(REMEMBERED, '{not json');
    expect(createSessionStore(storage).get('lab')).toBeUndefined();
    storage.setItem(
      REMEMBERED,
      JSON.stringify([{ connectionId: 'lab', credential: { kind: 'x' } }]),
    );
    expect(createSessionStore(storage).get('lab')).toBeUndefined();
  });

  describe('signOut', () => {
    it('ends the session, removes its stored copy and records the notice', () => {
      const storage = new MemoryStorage();
      const store = createSessionStore(storage);
      store.signIn('lab', jidotekiHash, true);
      store.signOut('lab', { reason: 'rejected', message: '403 Authentication error' });

      expect(store.get('lab')).toBeUndefined();
      expect(storage.getItem(REMEMBERED)).toBeNull();
      expect(store.lastNotice('lab')).toEqual({
        reason: 'rejected',
        message: '403 Authentication error',
      });
    });

    it.each(['rejected', 'expired', 'first-run'] as const)('reports reason %s', (reason) => {
      const store = createSessionStore(new MemoryStorage());
      store.signIn('lab', vns3, false);
      store.signOut('lab', { reason });
      expect(store.lastNotice('lab')).toEqual({ reason });
    });

    it('does not report a sign-out the user chose', () => {
      const store = createSessionStore(new MemoryStorage());
      store.signIn('lab', vns3, false);
      store.signOut('lab');
      expect(store.get('lab')).toBeUndefined();
      expect(store.lastNotice('lab')).toBeUndefined();
    });

    it('a user sign-out replaces an earlier notice', () => {
      const store = createSessionStore(new MemoryStorage());
      store.signIn('lab', vns3, false);
      store.signOut('lab', { reason: 'expired' });
      store.signIn('lab', vns3, false);
      store.signOut('lab', { reason: 'user' });
      expect(store.lastNotice('lab')).toBeUndefined();
    });

    it('clears the notice on the next sign-in', () => {
      const store = createSessionStore(new MemoryStorage());
      store.signIn('lab', vns3, false);
      store.signOut('lab', { reason: 'rejected' });
      store.signIn('lab', vns3, false);
      expect(store.lastNotice('lab')).toBeUndefined();
    });

    it('keeps notices per connection', () => {
      const store = createSessionStore(new MemoryStorage());
      store.signIn('a', vns3, false);
      store.signIn('b', vns3, false);
      store.signOut('a', { reason: 'expired' });
      expect(store.lastNotice('b')).toBeUndefined();
      expect(store.get('b')).toBeDefined();
    });
  });

  it('forget clears the session, its stored copy and its notice', () => {
    const storage = new MemoryStorage();
    const store = createSessionStore(storage);
    store.signIn('lab', jidotekiHash, true);
    store.signIn('other', jidotekiHash, true);
    store.forget('lab');
    expect(store.get('lab')).toBeUndefined();
    expect((remembered(storage) as { connectionId: string }[]).map((e) => e.connectionId)).toEqual([
      'other',
    ]);

    store.signOut('other', { reason: 'rejected' });
    expect(store.lastNotice('other')).toBeDefined();
    store.forget('other');
    expect(store.lastNotice('other')).toBeUndefined();
    expect(storage.getItem(REMEMBERED)).toBeNull();
    expect(createSessionStore(storage).get('lab')).toBeUndefined();
  });

  it('replaceCredential swaps the credential but keeps remember and signedInAt', () => {
    const storage = new MemoryStorage();
    const store = createSessionStore(storage);
    const before = store.signIn('lab', jidotekiHash, true);
    const newKey = jidotekiKeyFromToken('newtoken');
    const next: Credential = { kind: 'jidoteki', mode: 'hash', key: newKey };
    store.replaceCredential('lab', next);

    expect(store.get('lab')).toEqual({ ...before, credential: next });
    expect(remembered(storage)).toEqual([
      { connectionId: 'lab', credential: next, signedInAt: before.signedInAt },
    ]);
    expect(storage.getItem(REMEMBERED)).not.toContain(KEY);
  });

  it('replaceCredential does nothing without a session', () => {
    const storage = new MemoryStorage();
    const store = createSessionStore(storage);
    const listener = vi.fn();
    store.subscribe(listener);
    store.replaceCredential('lab', vns3);
    expect(store.get('lab')).toBeUndefined();
    expect(listener).not.toHaveBeenCalled();
    expect(storage.length).toBe(0);
  });

  it('notifies subscribers and hands out a new snapshot on each change', () => {
    const store = createSessionStore(new MemoryStorage());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const first = store.snapshot();
    store.signIn('lab', vns3, false);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.snapshot()).not.toBe(first);
    store.replaceCredential('lab', { kind: 'vns3', password: 'new' });
    store.signOut('lab');
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    store.signIn('lab', vns3, false);
    expect(listener).toHaveBeenCalledTimes(3);
  });
});
