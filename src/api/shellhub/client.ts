import type { ShellHubCredential } from '@/auth/credentials';
import {
  type ApiTarget,
  type ClientHooks,
  type HttpClient,
  createSignedClient,
  readMessageError,
} from '../http';

export function createShellHubClient(
  target: ApiTarget,
  credential: ShellHubCredential | null,
  hooks: ClientHooks = {},
): HttpClient {
  return createSignedClient(target, credential, hooks, readMessageError, (request, { jwt }) =>
    request.headers.set('Authorization', `Bearer ${jwt}`),
  );
}
