import type { DeviceGatewayCredential } from '@/auth/credentials';
import {
  type ApiTarget,
  type ClientHooks,
  type ErrorReader,
  type HttpClient,
  createHttpClient,
} from '../http';

/** `{"message": "…"}` with the HTTP status. */
export const readDeviceGatewayError: ErrorReader = (body) => {
  const message =
    typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : undefined;
  return { message: typeof message === 'string' ? message : undefined };
};

export function createDeviceGatewayClient(
  target: ApiTarget,
  credential: DeviceGatewayCredential | null,
  hooks: ClientHooks = {},
): HttpClient {
  return createHttpClient({
    target,
    ...hooks,
    readError: readDeviceGatewayError,
    ...(credential
      ? { sign: (request) => request.headers.set('Authorization', `Bearer ${credential.token}`) }
      : {}),
  });
}
