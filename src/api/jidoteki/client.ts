import type { JidotekiCredential } from '@/auth/credentials';
import {
  type ApiTarget,
  type ClientHooks,
  type ErrorReader,
  type HttpClient,
  createSignedClient,
} from '../http';
import { JIDOTEKI_PREFIX, jidotekiRequestHash, normalizeEndpoint } from '@/lib/jidotekiSigning';
import type { PreparedRequest } from '../http';

export const JIDOTEKI_API_PATH = JIDOTEKI_PREFIX.replace(/\/$/, '');

/** Path below the base URL for an Admin API endpoint such as `update/log`. */
export function jidotekiPath(endpoint: string): string {
  return `${JIDOTEKI_PREFIX}${normalizeEndpoint(endpoint)}`;
}

/**
 * `{"Status":"403 Forbidden","Error-Message":"…","First-Run":true}`; the message is also sent
 * as an `Error-Message` header.
 */
export const readJidotekiError: ErrorReader = (body, headers) => {
  const envelope =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const message =
    (typeof envelope['Error-Message'] === 'string' ? envelope['Error-Message'] : undefined) ??
    headers.get('Error-Message') ??
    (typeof envelope.Status === 'string' ? envelope.Status.replace(/^\d+\s*/, '') : undefined);
  const details: Record<string, unknown> = {};
  if (typeof envelope['First-Run'] === 'boolean') details.firstRun = envelope['First-Run'];
  return { message, details };
};

/** A token starting with + $ - or _ is parsed as a symbol by the appliance unless escaped. */
export function encodeCleartextToken(token: string): string {
  const encoded = encodeURIComponent(token);
  const first = token.charAt(0);
  if (first === '-' || first === '_') {
    return `%${first.charCodeAt(0).toString(16).toUpperCase()}${encoded.slice(1)}`;
  }
  return encoded;
}

export function signJidotekiRequest(
  request: PreparedRequest,
  credential: JidotekiCredential,
): void {
  const method = request.method === 'POST' ? 'POST' : 'GET';
  const endpoint = request.path.startsWith(JIDOTEKI_PREFIX)
    ? request.path.slice(JIDOTEKI_PREFIX.length)
    : request.path;
  const value =
    credential.mode === 'hash'
      ? `hash=${jidotekiRequestHash(credential.key, method, endpoint)}`
      : `token=${encodeCleartextToken(credential.token)}`;
  const existing = request.url.search.replace(/^\?/, '');
  request.url.search = existing ? `${existing}&${value}` : value;
}

export function createJidotekiClient(
  target: ApiTarget,
  credential: JidotekiCredential | null,
  hooks: ClientHooks = {},
): HttpClient {
  return createSignedClient(target, credential, hooks, readJidotekiError, signJidotekiRequest);
}
