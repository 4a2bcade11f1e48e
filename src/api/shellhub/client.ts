import type { ShellHubCredential } from '@/auth/credentials';
import {
  type ApiTarget,
  type ClientHooks,
  type ErrorReader,
  type HttpClient,
  createHttpClient,
} from '../http';

export const readShellHubError: ErrorReader = (body) => {
  const message =
    typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : undefined;
  return { message: typeof message === 'string' ? message : undefined };
};

export function createShellHubClient(
  target: ApiTarget,
  credential: ShellHubCredential | null,
  hooks: ClientHooks = {},
): HttpClient {
  return createHttpClient({
    target,
    ...hooks,
    readError: readShellHubError,
    ...(credential
      ? { sign: (request) => request.headers.set('Authorization', `Bearer ${credential.jwt}`) }
      : {}),
  });
}
