import { describe, expect, it } from 'vitest';
import type { JidotekiCredential } from '@/auth/credentials';
import { jidotekiKeyFromToken, jidotekiRequestHash } from '@/lib/jidotekiSigning';
import { fetchCall, jsonResponse, stubFetch } from '@/test/fetchStub';
import { type HttpMethod, type PreparedRequest, prepareRequest } from '../http';
import {
  JIDOTEKI_API_PATH,
  createJidotekiClient,
  encodeCleartextToken,
  jidotekiPath,
  signJidotekiRequest,
} from './client';

const KEY = '13e2ff941bbc8692cad141c8d293dda2c4f1c1a3c51b93d54f1a1693e1206107';
const GET_VERSION = 'b714a60732e096ccef06e360eefe0f1ba4fa5d16ef7da726612e2026e5523241';
const POST_UPDATE = '2ffa79e0aee7f6ac294c19e53c51aa4a53a8279390ffb815a5a821eec1978136';
const hashCredential: JidotekiCredential = { kind: 'jidoteki', mode: 'hash', key: KEY };
const BASE = 'https://appliance.example.net:8443';

function request(method: HttpMethod, path: string): PreparedRequest {
  return { method, path, url: new URL(BASE + path), headers: new Headers() };
}

function paramNames(url: URL): string[] {
  return [...url.searchParams.keys()];
}

describe('jidotekiPath', () => {
  it('puts the endpoint below /api/v1/admin/', () => {
    expect(JIDOTEKI_API_PATH).toBe('/api/v1/admin');
    expect(jidotekiPath('update/log')).toBe('/api/v1/admin/update/log');
    expect(jidotekiPath('/version/')).toBe('/api/v1/admin/version');
  });
});

describe('signJidotekiRequest (hash mode)', () => {
  it('signs GET /version with the documented hash and nothing else', () => {
    const prepared = request('GET', '/api/v1/admin/version');
    signJidotekiRequest(prepared, hashCredential);
    expect(paramNames(prepared.url)).toEqual(['hash']);
    expect(prepared.url.searchParams.get('hash')).toBe(GET_VERSION);
    expect(prepared.url.href).toBe(`${BASE}/api/v1/admin/version?hash=${GET_VERSION}`);
  });

  it('signs POST /update with the documented hash', () => {
    const prepared = request('POST', '/api/v1/admin/update');
    signJidotekiRequest(prepared, hashCredential);
    expect(prepared.url.searchParams.get('hash')).toBe(POST_UPDATE);
  });

  it('signs the full endpoint path GET/api/v1/admin/update/log', () => {
    const prepared = request('GET', '/api/v1/admin/update/log');
    signJidotekiRequest(prepared, hashCredential);
    expect(prepared.url.searchParams.get('hash')).toBe(
      jidotekiRequestHash(KEY, 'GET', 'update/log'),
    );
    // Not the hash of a shorter or differently-methoded message.
    expect(prepared.url.searchParams.get('hash')).not.toBe(
      jidotekiRequestHash(KEY, 'GET', 'update'),
    );
    expect(prepared.url.searchParams.get('hash')).not.toBe(
      jidotekiRequestHash(KEY, 'POST', 'update/log'),
    );
  });

  it('derives the key from the token the same way the appliance does', () => {
    const credential: JidotekiCredential = {
      kind: 'jidoteki',
      mode: 'hash',
      key: jidotekiKeyFromToken('yourtoken'),
    };
    const prepared = request('GET', '/api/v1/admin/version');
    signJidotekiRequest(prepared, credential);
    expect(prepared.url.searchParams.get('hash')).toBe(GET_VERSION);
  });

  it('keeps query parameters that were already set, then appends hash', () => {
    const prepared = request('GET', '/api/v1/admin/update');
    prepared.url.searchParams.set('v', '2');
    signJidotekiRequest(prepared, hashCredential);
    expect(prepared.url.search).toBe(`?v=2&hash=${jidotekiRequestHash(KEY, 'GET', 'update')}`);
  });
});

describe('signJidotekiRequest (token mode)', () => {
  function signedWithToken(token: string): URL {
    const prepared = request('GET', '/api/v1/admin/version');
    signJidotekiRequest(prepared, { kind: 'jidoteki', mode: 'token', token });
    return prepared.url;
  }

  it('sends the token as the only parameter', () => {
    const url = signedWithToken('yourtoken');
    expect(url.search).toBe('?token=yourtoken');
    expect(paramNames(url)).toEqual(['token']);
  });

  it.each([
    ['-abc', '%2Dabc'],
    ['_abc', '%5Fabc'],
    ['+123', '%2B123'],
    ['$abc', '%24abc'],
  ])('escapes the leading symbol character of %j as %s', (token, encoded) => {
    const url = signedWithToken(token);
    expect(url.search).toBe(`?token=${encoded}`);
    expect(url.searchParams.get('token')).toBe(token);
    expect(paramNames(url)).toEqual(['token']);
  });

  it('percent-encodes reserved characters anywhere in the token', () => {
    const token = 'a+b$c&d=e#f%g/h?i';
    const url = signedWithToken(token);
    expect(url.search).toBe(`?token=${encodeURIComponent(token)}`);
    expect(url.searchParams.get('token')).toBe(token);
    expect(paramNames(url)).toEqual(['token']);
  });

  it('only escapes - and _ in the first position', () => {
    expect(encodeCleartextToken('-a-b_c')).toBe('%2Da-b_c');
    expect(encodeCleartextToken('_a_b-c')).toBe('%5Fa_b-c');
    expect(encodeCleartextToken('a-b_c')).toBe('a-b_c');
  });
});

describe('createJidotekiClient', () => {
  it('sends exactly one query parameter, hash=, on a real request', async () => {
    const fetchMock = stubFetch(jsonResponse({ version: '1.2.3' }));
    const client = createJidotekiClient({ baseUrl: `${BASE}/` }, hashCredential);
    await client.send({ path: jidotekiPath('version') });
    const { url } = fetchCall(fetchMock);
    expect(url.origin + url.pathname).toBe(`${BASE}/api/v1/admin/version`);
    expect(paramNames(url)).toEqual(['hash']);
    expect(url.searchParams.get('hash')).toBe(GET_VERSION);
  });

  it('signs POSTs as POST', async () => {
    const fetchMock = stubFetch(jsonResponse({ Status: '202 Accepted' }, { status: 202 }));
    const client = createJidotekiClient({ baseUrl: BASE }, hashCredential);
    await client.send({ method: 'POST', path: jidotekiPath('update'), body: new FormData() });
    expect(fetchCall(fetchMock).url.searchParams.get('hash')).toBe(POST_UPDATE);
  });

  it('adds no parameter at all without a credential', async () => {
    const fetchMock = stubFetch(jsonResponse({ version: '1.2.3' }));
    await createJidotekiClient({ baseUrl: BASE }, null).send({ path: jidotekiPath('version') });
    expect(fetchCall(fetchMock).url.search).toBe('');
  });

  it('signs through a proxy path with the appliance path, not the proxy path', () => {
    const client = createJidotekiClient({ baseUrl: BASE, proxyPath: '/proxy/lab' }, hashCredential);
    const prepared = prepareRequest(client.options, { path: jidotekiPath('version') });
    expect(prepared.url.href).toBe(
      `${window.location.origin}/proxy/lab/api/v1/admin/version?hash=${GET_VERSION}`,
    );
  });
});
