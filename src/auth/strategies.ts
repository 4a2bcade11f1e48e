import { z } from 'zod/mini';
import { createDeviceGatewayClient } from '@/api/devicegw/client';
import { ApiError } from '@/api/errors';
import { createEvonClient } from '@/api/evon/client';
import type { ApiTarget, ClientHooks, HttpClient } from '@/api/http';
import { createJidotekiClient, jidotekiPath } from '@/api/jidoteki/client';
import { createShellHubClient } from '@/api/shellhub/client';
import { createVns3Client } from '@/api/vns3/client';
import type { ConnectionKind } from '@/connections/kinds';
import type { Credential } from './credentials';
import type { SignOutNotice } from './sessionStore';

export interface AuthStrategy {
  /** Builds the kind's client; with `null` it sends no credentials (reachability probes). */
  createClient(target: ApiTarget, credential: Credential | null, hooks?: ClientHooks): HttpClient;
  /** A cheap authenticated request that proves the credential works. */
  verify(client: HttpClient, signal?: AbortSignal): Promise<unknown>;
  /** Whether a failed request means the session is over, and why. */
  endsSession(error: ApiError): SignOutNotice | null;
}

function credentialOf<K extends Credential['kind']>(
  kind: K,
  credential: Credential | null,
): Extract<Credential, { kind: K }> | null {
  if (!credential) return null;
  if (credential.kind !== kind)
    throw new Error(`A ${credential.kind} credential cannot sign ${kind}`);
  return credential as Extract<Credential, { kind: K }>;
}

const anyJson = z.unknown();

function rejectedOn(statuses: number[]) {
  return (error: ApiError): SignOutNotice | null =>
    statuses.includes(error.status)
      ? { reason: 'rejected', message: `${error.status} ${error.message}` }
      : null;
}

export const AUTH_STRATEGIES: Record<ConnectionKind, AuthStrategy> = {
  jidoteki: {
    createClient: (target, credential, hooks) =>
      createJidotekiClient(target, credentialOf('jidoteki', credential), hooks),
    verify: (client, signal) => client.json({ path: jidotekiPath('version'), signal }, anyJson),
    endsSession(error) {
      if (error.status !== 403) return null;
      if (error.details.firstRun === true) return { reason: 'first-run', message: error.message };
      return { reason: 'rejected', message: `403 ${error.message}` };
    },
  },
  vns3: {
    createClient: (target, credential, hooks) =>
      createVns3Client(target, credentialOf('vns3', credential), hooks),
    verify: (client, signal) => client.json({ path: '/api/config', signal }, anyJson),
    endsSession: rejectedOn([401]),
  },
  evon: {
    createClient: (target, credential, hooks) =>
      createEvonClient(target, credentialOf('evon', credential), hooks),
    verify: (client, signal) => client.json({ path: '/api/ping', signal }, anyJson),
    endsSession: rejectedOn([401]),
  },
  devicegw: {
    createClient: (target, credential, hooks) =>
      createDeviceGatewayClient(target, credentialOf('devicegw', credential), hooks),
    // Every /v1 route needs some scope: a 403 (missing scope) still proves the token is valid,
    // while an unknown or expired token gets 401.
    verify: async (client, signal) => {
      try {
        return await client.json({ path: '/v1/devices', query: { limit: '1' }, signal }, anyJson);
      } catch (error) {
        if (error instanceof ApiError && error.status === 403) return null;
        throw error;
      }
    },
    endsSession: rejectedOn([401]),
  },
  shellhub: {
    createClient: (target, credential, hooks) =>
      createShellHubClient(target, credentialOf('shellhub', credential), hooks),
    // JWT sessions (GET /info needs no credential); API keys are checked by the API-key form.
    verify: (client, signal) => client.send({ path: '/api/auth/user', signal }),
    // A 401 that carries an X-MFA-Token is a login step, not a rejected session.
    endsSession: (error) =>
      error.status === 401 && !error.headers.get('X-MFA-Token')
        ? { reason: 'rejected', message: `${error.status} ${error.message}` }
        : null,
  },
};

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
