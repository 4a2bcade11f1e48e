import type { Vns3Credential } from '@/auth/credentials';
import {
  type ApiTarget,
  type ClientHooks,
  type ErrorReader,
  type HttpClient,
  createSignedClient,
} from '../http';

/** `{"error": {"name", "log", "message"}}` */
export const readVns3Error: ErrorReader = (body) => {
  const error =
    typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error === 'string') return { message: error };
  if (typeof error === 'object' && error !== null) {
    const { message, name } = error as { message?: unknown; name?: unknown };
    return {
      message: typeof message === 'string' ? message : undefined,
      details: typeof name === 'string' ? { errorName: name } : {},
    };
  }
  return {};
};

export function basicAuthorization(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  bytes.forEach((byte) => (binary += String.fromCharCode(byte)));
  return `Basic ${btoa(binary)}`;
}

export function createVns3Client(
  target: ApiTarget,
  credential: Vns3Credential | null,
  hooks: ClientHooks = {},
): HttpClient {
  return createSignedClient(target, credential, hooks, readVns3Error, (request, { password }) =>
    request.headers.set('Authorization', basicAuthorization('api', password)),
  );
}
