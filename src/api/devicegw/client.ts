import type { DeviceGatewayCredential } from '@/auth/credentials';
import {
  type ApiTarget,
  type ClientHooks,
  type HttpClient,
  createSignedClient,
  readMessageError,
} from '../http';

export function createDeviceGatewayClient(
  target: ApiTarget,
  credential: DeviceGatewayCredential | null,
  hooks: ClientHooks = {},
): HttpClient {
  return createSignedClient(target, credential, hooks, readMessageError, (request, { token }) =>
    request.headers.set('Authorization', `Bearer ${token}`),
  );
}
