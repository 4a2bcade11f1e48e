import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/errors';
import { basicAuthorization } from '@/api/vns3/client';
import type { ConnectionKind } from '@/connections/kinds';
import { fetchCall, headersOf, jsonResponse, stubFetch } from '@/test/fetchStub';
import type { Credential } from './credentials';
import { AUTH_STRATEGIES, isApiError } from './strategies';

const target = { baseUrl: 'https://backend.example.net' };

function apiError(
  status: number,
  message: string,
  details: Record<string, unknown> = {},
): ApiError {
  return new ApiError({
    status,
    statusText: '',
    message,
    body: null,
    headers: new Headers(),
    details,
  });
}

const credentials: Record<ConnectionKind, Credential> = {
  jidoteki: {
    kind: 'jidoteki',
    mode: 'hash',
    key: '13e2ff941bbc8692cad141c8d293dda2c4f1c1a3c51b93d54f1a1693e1206107',
  },
  vns3: { kind: 'vns3', password: 'hunter2' },
  evon: { kind: 'evon', token: 'evon-token' },
  devicegw: { kind: 'devicegw', token: 'gw-token' },
  shellhub: { kind: 'shellhub', jwt: 'header.payload.sig' },
};

async function authorizationSent(kind: ConnectionKind, credential: Credential | null) {
  const fetchMock = stubFetch(jsonResponse({}));
  await AUTH_STRATEGIES[kind].createClient(target, credential).send({ path: '/x' });
  const { url, init } = fetchCall(fetchMock);
  return { authorization: headersOf(init).get('Authorization'), url };
}

describe('endsSession', () => {
  it('Jidoteki: 403 means the credential was rejected', () => {
    expect(AUTH_STRATEGIES.jidoteki.endsSession(apiError(403, 'Authentication error'))).toEqual({
      reason: 'rejected',
      message: '403 Authentication error',
    });
  });

  it('Jidoteki: 403 with First-Run means the appliance needs its first token', () => {
    expect(
      AUTH_STRATEGIES.jidoteki.endsSession(
        apiError(403, 'Authentication error', { firstRun: true }),
      ),
    ).toEqual({ reason: 'first-run', message: 'Authentication error' });
  });

  it('Jidoteki: 403 with First-Run false is a plain rejection', () => {
    expect(
      AUTH_STRATEGIES.jidoteki.endsSession(
        apiError(403, 'Authentication error', { firstRun: false }),
      ),
    ).toMatchObject({ reason: 'rejected' });
  });

  it.each([400, 401, 404, 500])('Jidoteki: %i does not end the session', (status) => {
    expect(AUTH_STRATEGIES.jidoteki.endsSession(apiError(status, 'x'))).toBeNull();
  });

  it.each(['vns3', 'evon', 'devicegw', 'shellhub'] as const)('%s: 401 is a rejection', (kind) => {
    expect(AUTH_STRATEGIES[kind].endsSession(apiError(401, 'Unauthorized'))).toEqual({
      reason: 'rejected',
      message: '401 Unauthorized',
    });
  });

  it.each(['vns3', 'evon', 'devicegw', 'shellhub'] as const)(
    '%s: 403 and 404 do not end the session',
    (kind) => {
      expect(AUTH_STRATEGIES[kind].endsSession(apiError(403, 'Forbidden'))).toBeNull();
      expect(AUTH_STRATEGIES[kind].endsSession(apiError(404, 'Not Found'))).toBeNull();
    },
  );
});

describe('createClient', () => {
  it.each<[ConnectionKind, Credential]>([
    ['jidoteki', credentials.vns3],
    ['vns3', credentials.jidoteki],
    ['evon', credentials.devicegw],
    ['devicegw', credentials.evon],
    ['shellhub', credentials.evon],
  ])('%s rejects a credential of another kind', (kind, credential) => {
    expect(() => AUTH_STRATEGIES[kind].createClient(target, credential)).toThrow(
      `A ${credential.kind} credential cannot sign ${kind}`,
    );
  });

  it('VNS3 sends Basic auth for the user api', async () => {
    const { authorization } = await authorizationSent('vns3', credentials.vns3);
    expect(authorization).toBe('Basic YXBpOmh1bnRlcjI=');
  });

  it('VNS3 encodes a non-ASCII password as UTF-8 before base64', async () => {
    const { authorization } = await authorizationSent('vns3', {
      kind: 'vns3',
      password: 'pässwörd€',
    });
    // base64 of the UTF-8 bytes of "api:pässwörd€" (Latin-1 would give YXBpOnDkc3N39nJkrA==).
    expect(authorization).toBe('Basic YXBpOnDDpHNzd8O2cmTigqw=');
    expect(basicAuthorization('api', 'pässwörd€')).toBe('Basic YXBpOnDDpHNzd8O2cmTigqw=');
  });

  it('Evon sends Token auth', async () => {
    expect((await authorizationSent('evon', credentials.evon)).authorization).toBe(
      'Token evon-token',
    );
  });

  it('the device gateway sends Bearer auth', async () => {
    expect((await authorizationSent('devicegw', credentials.devicegw)).authorization).toBe(
      'Bearer gw-token',
    );
  });

  it('ShellHub sends its JWT as Bearer auth', async () => {
    expect((await authorizationSent('shellhub', credentials.shellhub)).authorization).toBe(
      'Bearer header.payload.sig',
    );
  });

  it('Jidoteki signs in the query, not in a header', async () => {
    const { authorization, url } = await authorizationSent('jidoteki', credentials.jidoteki);
    expect(authorization).toBeNull();
    expect([...url.searchParams.keys()]).toEqual(['hash']);
  });

  it.each(['jidoteki', 'vns3', 'evon', 'devicegw', 'shellhub'] as const)(
    '%s sends no credentials without one',
    async (kind) => {
      const { authorization, url } = await authorizationSent(kind, null);
      expect(authorization).toBeNull();
      expect(url.search).toBe('');
    },
  );

  it('passes hooks through, so onApiError hears about failures', async () => {
    stubFetch(jsonResponse({ error: { message: 'bad password' } }, { status: 401 }));
    const onApiError = vi.fn();
    const client = AUTH_STRATEGIES.vns3.createClient(target, credentials.vns3, { onApiError });
    await expect(client.send({ path: '/api/config' })).rejects.toThrow('bad password');
    expect(onApiError).toHaveBeenCalledTimes(1);
    const error: unknown = onApiError.mock.calls[0]?.[0];
    expect(isApiError(error)).toBe(true);
    expect(AUTH_STRATEGIES.vns3.endsSession(error as ApiError)).toEqual({
      reason: 'rejected',
      message: '401 bad password',
    });
  });
});

describe('verify', () => {
  it.each<[ConnectionKind, string]>([
    ['jidoteki', '/api/v1/admin/version'],
    ['vns3', '/api/config'],
    ['evon', '/api/ping'],
    ['devicegw', '/v1/devices'],
    ['shellhub', '/api/auth/user'],
  ])('%s calls %s with the credential', async (kind, path) => {
    const fetchMock = stubFetch(jsonResponse({}));
    const strategy = AUTH_STRATEGIES[kind];
    await strategy.verify(strategy.createClient(target, credentials[kind]));
    const { url } = fetchCall(fetchMock);
    expect(url.pathname).toBe(path);
  });

  it('fails with the ApiError the backend returned', async () => {
    stubFetch(
      jsonResponse(
        { Status: '403 Forbidden', 'Error-Message': 'Authentication error' },
        { status: 403 },
      ),
    );
    const strategy = AUTH_STRATEGIES.jidoteki;
    await expect(
      strategy.verify(strategy.createClient(target, credentials.jidoteki)),
    ).rejects.toMatchObject({ name: 'ApiError', status: 403, message: 'Authentication error' });
  });
});
