import type { ShellHubCredential } from '@/auth/credentials';
import {
  type ApiTarget,
  type ClientHooks,
  type HttpClient,
  createSignedClient,
  readMessageError,
} from '../http';

/** A JWT goes in `Authorization: Bearer`; a namespace API key in `X-API-KEY`. */
export function createShellHubClient(
  target: ApiTarget,
  credential: ShellHubCredential | null,
  hooks: ClientHooks = {},
): HttpClient {
  return createSignedClient(target, credential, hooks, readShellHubError, (request, signer) => {
    if ('apiKey' in signer) request.headers.set('X-API-KEY', signer.apiKey);
    else request.headers.set('Authorization', `Bearer ${signer.jwt}`);
  });
}

/** `{"message", "fields"?}`: the per-field reasons are kept for forms to map back. */
export const readShellHubError: typeof readMessageError = (body, headers) => {
  const read = readMessageError(body, headers);
  const fields =
    typeof body === 'object' && body !== null ? (body as { fields?: unknown }).fields : undefined;
  return typeof fields === 'object' && fields !== null
    ? { ...read, details: { fields: fields as Record<string, string> } }
    : read;
};
