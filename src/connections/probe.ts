import { ApiError, NetworkError, isAbortError } from '@/api/errors';
import type { ApiTarget } from '@/api/http';
import type { Credential } from '@/auth/credentials';
import { AUTH_STRATEGIES } from '@/auth/strategies';
import { HEALTH_CHECKS } from './fleet/health';
import type { ConnectionKind } from './kinds';
import { explainUnreachable } from './networkHint';

export type ProbeState =
  | 'online'
  | 'needs-sign-in'
  | 'needs-licence'
  | 'needs-setup'
  | 'not-available'
  | 'unreachable'
  | 'error';

export interface ProbeResult {
  state: ProbeState;
  version?: string;
  /** A short figure from the health endpoint (uptime, load, device count…), shown as text. */
  figure?: string;
  message?: string;
  latencyMs?: number;
}

/** Asks the kind's health endpoint: is it up, how is it, and does it need a sign-in, a licence or a setup? */
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
    const health = await HEALTH_CHECKS[kind](client, signal);
    return { state: 'online', ...health, latencyMs: elapsed() };
  } catch (error) {
    if (isAbortError(error)) throw error;
    return {
      ...classifyProbeError(kind, error, target, window.location.origin),
      latencyMs: elapsed(),
    };
  }
}

/** What a failed health request means for the card; pure, so every branch is unit-tested. */
export function classifyProbeError(
  kind: ConnectionKind,
  error: unknown,
  target: ApiTarget,
  pageOrigin: string,
): ProbeResult {
  if (error instanceof ApiError) {
    if (error.headers.get('X-Simulator') === 'not-available') {
      return { state: 'not-available', message: 'Its simulator is not available yet.' };
    }
    if (error.details.firstRun === true) {
      return { state: 'needs-setup', message: 'The appliance has no API token yet.' };
    }
    // The credential was accepted; the controller refuses status until it is licensed.
    if (
      kind === 'vns3' &&
      error.status === 403 &&
      error.details.errorName === 'PrerequisiteError' &&
      /licen[cs]/i.test(error.message)
    ) {
      return { state: 'needs-licence', message: `403 ${error.message}` };
    }
    // A token without devices:read is still a valid token on a gateway that answers.
    if (kind === 'devicegw' && error.status === 403) {
      return { state: 'online', figure: error.message };
    }
    if (error.status === 401 || error.status === 403) {
      return { state: 'needs-sign-in', message: `${error.status} ${error.message}` };
    }
    return { state: 'error', message: `${error.status} ${error.statusText}: ${error.message}` };
  }
  if (error instanceof NetworkError) {
    const hint = error.reason === 'unreachable' ? explainUnreachable(target, pageOrigin) : '';
    return { state: 'unreachable', message: hint || error.message };
  }
  return { state: 'error', message: error instanceof Error ? error.message : String(error) };
}
