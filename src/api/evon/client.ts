import type { EvonCredential } from '@/auth/credentials';
import {
  type ApiTarget,
  type ClientHooks,
  type ErrorReader,
  type HttpClient,
  createSignedClient,
} from '../http';

/** DRF errors: `{"detail": "…"}` or a map of field → messages. */
export const readEvonError: ErrorReader = (body) => {
  if (typeof body !== 'object' || body === null) return {};
  const { detail } = body as { detail?: unknown };
  if (typeof detail === 'string') return { message: detail };
  const fields = Object.entries(body as Record<string, unknown>)
    .map(
      ([field, messages]) =>
        `${field}: ${Array.isArray(messages) ? messages.join(' ') : String(messages)}`,
    )
    .join('; ');
  return { message: fields || undefined, details: { fieldErrors: body } };
};

export function createEvonClient(
  target: ApiTarget,
  credential: EvonCredential | null,
  hooks: ClientHooks = {},
): HttpClient {
  return createSignedClient(target, credential, hooks, readEvonError, (request, { token }) =>
    request.headers.set('Authorization', `Token ${token}`),
  );
}
