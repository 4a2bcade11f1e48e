import { ApiError, NetworkError } from '@/api/errors';
import type { ApiTarget } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';
import { fetchVersion } from '@/api/jidoteki/version';
import type { Credential } from '@/auth/credentials';
import { AUTH_STRATEGIES } from '@/auth/strategies';
import type { ConnectionKind } from './kinds';
import { explainUnreachable } from './networkHint';

export type ProbeState =
  'online' | 'needs-sign-in' | 'needs-setup' | 'not-available' | 'unreachable' | 'error';

export interface ProbeResult {
  state: ProbeState;
  version?: string;
  message?: string;
  latencyMs?: number;
}

/** An address each kind answers without special rights; a 401/403 there still proves it is up. */
const PROBE_PATH: Record<ConnectionKind, string> = {
  jidoteki: jidotekiPath('version'),
  vns3: '/api/config',
  shellhub: '/api/info',
  evon: '/api/ping',
  devicegw: '/v1/devices?limit=1',
};

/** Is the backend there, what version, and does it need a sign-in or a first-run setup? */
export async function probeConnection(
  kind: ConnectionKind,
  target: ApiTarget,
  credential: Credential | null,
  signal?: AbortSignal,
): Promise<ProbeResult> {
  const client = AUTH_STRATEGIES[kind].createClient(target, credential);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    if (kind === 'jidoteki') {
      const { version } = await fetchVersion(client, signal);
      return { state: 'online', version, latencyMs: elapsed() };
    }
    await client.send({ path: PROBE_PATH[kind], signal });
    return { state: 'online', latencyMs: elapsed() };
  } catch (error) {
    return { ...classify(error, target), latencyMs: elapsed() };
  }
}

function classify(error: unknown, target: ApiTarget): ProbeResult {
  if (error instanceof ApiError) {
    if (error.headers.get('X-Simulator') === 'not-available') {
      return { state: 'not-available', message: 'Its simulator is not available yet.' };
    }
    if (error.details.firstRun === true) {
      return { state: 'needs-setup', message: 'The appliance has no API token yet.' };
    }
    if (error.status === 401 || error.status === 403) {
      return { state: 'needs-sign-in', message: `${error.status} ${error.message}` };
    }
    return { state: 'error', message: `${error.status} ${error.statusText}: ${error.message}` };
  }
  if (error instanceof NetworkError) {
    const hint =
      error.reason === 'unreachable' ? explainUnreachable(target, window.location.origin) : '';
    return { state: 'unreachable', message: hint || error.message };
  }
  if (error instanceof DOMException && error.name === 'AbortError') throw error;
  return { state: 'error', message: error instanceof Error ? error.message : String(error) };
}
