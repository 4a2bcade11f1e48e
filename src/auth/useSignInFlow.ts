import { useNavigate, useSearchParams } from 'react-router';
import { useCurrentConnection } from '@/connections/ConnectionContext';
import { targetOf } from '@/connections/target';
import type { Credential } from './credentials';
import { sessionStore } from './sessionStore';
import { AUTH_STRATEGIES } from './strategies';

/** Verifies a credential against the backend, then opens the session and returns to `next`. */
export function useSignInFlow() {
  const connection = useCurrentConnection();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'), connection.id);

  async function verify(credential: Credential, signal?: AbortSignal) {
    const strategy = AUTH_STRATEGIES[connection.kind];
    await strategy.verify(strategy.createClient(targetOf(connection), credential), signal);
  }

  function complete(credential: Credential, remember: boolean) {
    sessionStore.signIn(connection.id, credential, remember);
    void navigate(next, { replace: true });
  }

  return { connection, next, verify, complete };
}

/** Only paths inside this connection: an open redirect through `next` is not possible. */
export function safeNext(next: string | null, connectionId: string): string {
  const home = `/c/${connectionId}`;
  if (!next || !next.startsWith(`${home}/`)) return home;
  let decoded: string;
  try {
    decoded = decodeURIComponent(next);
  } catch {
    return home;
  }
  if (/(^|\/)\.{1,2}(\/|\?|#|$)/.test(decoded) || decoded.includes('\\')) return home;
  if (/\/(signin|setup)(\/|\?|#|$)/.test(decoded)) return home;
  return next;
}
