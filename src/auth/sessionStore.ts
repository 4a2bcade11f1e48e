import { useSyncExternalStore } from 'react';
import { z } from 'zod/mini';
import { type Credential, credentialSchema } from './credentials';

export interface Session {
  connectionId: string;
  credential: Credential;
  /** Kept on this device (localStorage) because the user asked for it. */
  remember: boolean;
  signedInAt: string;
}

export type SignOutReason = 'user' | 'rejected' | 'expired' | 'first-run';

export interface SignOutNotice {
  reason: SignOutReason;
  message?: string | undefined;
}

const REMEMBERED = 'switchboard.remembered-sessions';

const rememberedSchema = z.array(
  z.object({
    connectionId: z.string(),
    credential: credentialSchema,
    signedInAt: z.string(),
  }),
);

type Listener = () => void;

export function createSessionStore(storage: Storage | undefined) {
  const listeners = new Set<Listener>();
  let sessions = new Map<string, Session>();
  const notices = new Map<string, SignOutNotice>();

  for (const entry of readRemembered()) {
    sessions.set(entry.connectionId, { ...entry, remember: true });
  }

  function readRemembered() {
    try {
      const parsed = rememberedSchema.safeParse(JSON.parse(storage?.getItem(REMEMBERED) ?? '[]'));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  function persistRemembered() {
    const remembered = [...sessions.values()]
      .filter((session) => session.remember)
      .map(({ connectionId, credential, signedInAt }) => ({
        connectionId,
        credential,
        signedInAt,
      }));
    if (remembered.length) storage?.setItem(REMEMBERED, JSON.stringify(remembered));
    else storage?.removeItem(REMEMBERED);
  }

  function commit(next: Map<string, Session>) {
    sessions = next;
    persistRemembered();
    listeners.forEach((listener) => listener());
  }

  return {
    get: (connectionId: string): Session | undefined => sessions.get(connectionId),
    snapshot: () => sessions,
    signIn(connectionId: string, credential: Credential, remember: boolean): Session {
      const session: Session = {
        connectionId,
        credential,
        remember,
        signedInAt: new Date().toISOString(),
      };
      notices.delete(connectionId);
      commit(new Map(sessions).set(connectionId, session));
      return session;
    },
    /** Replaces the credential of a live session (e.g. after a token change), keeping its settings. */
    replaceCredential(connectionId: string, credential: Credential) {
      const current = sessions.get(connectionId);
      if (!current) return;
      commit(new Map(sessions).set(connectionId, { ...current, credential }));
    },
    signOut(connectionId: string, notice: SignOutNotice = { reason: 'user' }) {
      if (!sessions.has(connectionId)) return;
      const next = new Map(sessions);
      next.delete(connectionId);
      notices.set(connectionId, notice);
      commit(next);
    },
    /** Why the last session of this connection ended, if it did not end by the user's choice. */
    lastNotice(connectionId: string): SignOutNotice | undefined {
      const notice = notices.get(connectionId);
      return notice?.reason === 'user' ? undefined : notice;
    },
    forget(connectionId: string) {
      notices.delete(connectionId);
      if (!sessions.has(connectionId)) return;
      const next = new Map(sessions);
      next.delete(connectionId);
      commit(next);
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

export const sessionStore = createSessionStore(
  typeof window === 'undefined' ? undefined : window.localStorage,
);

export function useSession(connectionId: string | undefined): Session | undefined {
  const sessions = useSyncExternalStore(sessionStore.subscribe, sessionStore.snapshot);
  return connectionId ? sessions.get(connectionId) : undefined;
}
