import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { fetchCall, headersOf, jsonResponse, stubFetch } from '@/test/fetchStub';

import { ApiError, NetworkError, SchemaError, describeError } from './errors';
import { readEvonError } from './evon/client';
import { type ErrorReader, createHttpClient, readMessageError, resolveUrl } from './http';
import { readJidotekiError } from './jidoteki/client';
import { readVns3Error } from './vns3/client';

const anything = z.unknown();

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('resolveUrl', () => {
  it.each([
    [
      'https://appliance.example.net:8443',
      'https://appliance.example.net:8443/api/v1/admin/version',
    ],
    [
      'https://appliance.example.net:8443/',
      'https://appliance.example.net:8443/api/v1/admin/version',
    ],
    [
      'https://appliance.example.net:8443//',
      'https://appliance.example.net:8443/api/v1/admin/version',
    ],
    ['https://gw.example.net/base', 'https://gw.example.net/base/api/v1/admin/version'],
    ['https://gw.example.net/base/', 'https://gw.example.net/base/api/v1/admin/version'],
  ])('joins %s and the path', (baseUrl, expected) => {
    expect(resolveUrl({ baseUrl }, '/api/v1/admin/version').href).toBe(expected);
  });

  it('sends requests through the same-origin proxy path when one is set', () => {
    const url = resolveUrl(
      { baseUrl: 'https://appliance.example.net:8443', proxyPath: '/proxy/lab' },
      '/api/v1/admin/version',
    );
    expect(url.href).toBe(`${window.location.origin}/proxy/lab/api/v1/admin/version`);
  });

  it('tolerates a trailing slash on the proxy path', () => {
    const url = resolveUrl(
      { baseUrl: 'https://x.example', proxyPath: '/proxy/lab/' },
      '/v1/devices',
    );
    expect(url.href).toBe(`${window.location.origin}/proxy/lab/v1/devices`);
  });
});

describe('createHttpClient', () => {
  const target = { baseUrl: 'https://api.example.net/' };

  it('sends a GET with the joined URL and no credentials/cookies', async () => {
    const fetchMock = stubFetch(jsonResponse({ ok: true }));
    const client = createHttpClient({ target });
    await expect(client.json({ path: '/v1/devices' }, anything)).resolves.toEqual({ ok: true });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const { url, init } = fetchCall(fetchMock);
    expect(url.href).toBe('https://api.example.net/v1/devices');
    expect(init.method).toBe('GET');
    expect(init.credentials).toBe('omit');
    expect(init.body).toBeUndefined();
  });

  it('adds query parameters, skipping undefined ones and encoding values', async () => {
    const fetchMock = stubFetch(jsonResponse([]));
    const client = createHttpClient({ target });
    await client.json(
      { path: '/v1/devices', query: { limit: '10', q: 'a b&c', skip: undefined } },
      anything,
    );
    const { url } = fetchCall(fetchMock);
    expect([...url.searchParams.entries()]).toEqual([
      ['limit', '10'],
      ['q', 'a b&c'],
    ]);
    expect(url.search).not.toContain('skip');
  });

  it('encodes a plain object body as JSON with a JSON Content-Type', async () => {
    const fetchMock = stubFetch(jsonResponse({}));
    const client = createHttpClient({ target });
    await client.send({ method: 'POST', path: '/v1/items', body: { name: 'x', n: [1, 2] } });
    const { init } = fetchCall(fetchMock);
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"name":"x","n":[1,2]}');
    expect(headersOf(init).get('Content-Type')).toBe('application/json');
  });

  it('encodes an array body as JSON', async () => {
    const fetchMock = stubFetch(jsonResponse({}));
    await createHttpClient({ target }).send({ method: 'PUT', path: '/v1/x', body: ['a'] });
    const { init } = fetchCall(fetchMock);
    expect(init.body).toBe('["a"]');
    expect(headersOf(init).get('Content-Type')).toBe('application/json');
  });

  it('keeps a Content-Type the caller set for a JSON body', async () => {
    const fetchMock = stubFetch(jsonResponse({}));
    await createHttpClient({ target }).send({
      method: 'PATCH',
      path: '/v1/x',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: { a: 1 },
    });
    expect(headersOf(fetchCall(fetchMock).init).get('Content-Type')).toBe(
      'application/merge-patch+json',
    );
  });

  it('passes FormData through untouched, without a JSON Content-Type', async () => {
    const fetchMock = stubFetch(jsonResponse({}));
    const form = new FormData();
    form.append('newtoken', 'abc');
    await createHttpClient({ target }).send({ method: 'POST', path: '/setup', body: form });
    const { init } = fetchCall(fetchMock);
    expect(init.body).toBe(form);
    expect(headersOf(init).get('Content-Type')).toBeNull();
  });

  it('applies the signer to the URL and headers before sending', async () => {
    const fetchMock = stubFetch(jsonResponse({}));
    const sign = vi.fn((request: { url: URL; headers: Headers; method: string; path: string }) => {
      request.url.searchParams.set('sig', `${request.method}:${request.path}`);
      request.headers.set('Authorization', 'Bearer signed');
    });
    await createHttpClient({ target, sign }).send({ method: 'DELETE', path: '/v1/x/1' });
    expect(sign).toHaveBeenCalledTimes(1);
    const { url, init } = fetchCall(fetchMock);
    expect(url.searchParams.get('sig')).toBe('DELETE:/v1/x/1');
    expect(headersOf(init).get('Authorization')).toBe('Bearer signed');
  });

  it('passes the abort signal to fetch', async () => {
    const fetchMock = stubFetch(jsonResponse({}));
    const controller = new AbortController();
    await createHttpClient({ target }).send({ path: '/x', signal: controller.signal });
    expect(fetchCall(fetchMock).init.signal).toBe(controller.signal);
  });

  describe('errors', () => {
    it('throws ApiError with the status, status text and body, and calls onApiError', async () => {
      stubFetch(jsonResponse({ message: 'nope' }, { status: 409, statusText: 'Conflict' }));
      const onApiError = vi.fn();
      const client = createHttpClient({ target, onApiError, readError: readMessageError });
      const error = await rejectionOf(client.json({ path: '/v1/x' }, anything));
      expect(error).toBeInstanceOf(ApiError);
      const apiError = error as ApiError;
      expect(apiError.status).toBe(409);
      expect(apiError.statusText).toBe('Conflict');
      expect(apiError.message).toBe('nope');
      expect(apiError.body).toEqual({ message: 'nope' });
      expect(onApiError).toHaveBeenCalledTimes(1);
      expect(onApiError).toHaveBeenCalledWith(apiError);
      expect(describeError(apiError)).toBe('409 Conflict: nope');
    });

    it('reads the Jidoteki envelope, including First-Run', async () => {
      stubFetch(
        jsonResponse(
          { Status: '403 Forbidden', 'Error-Message': 'Authentication error', 'First-Run': true },
          { status: 403, statusText: 'Forbidden' },
        ),
      );
      const client = createHttpClient({ target, readError: readJidotekiError });
      const error = (await rejectionOf(client.send({ path: '/api/v1/admin/version' }))) as ApiError;
      expect(error).toBeInstanceOf(ApiError);
      expect(error.status).toBe(403);
      expect(error.message).toBe('Authentication error');
      expect(error.details.firstRun).toBe(true);
    });

    it('keeps First-Run false when the appliance says false', async () => {
      stubFetch(
        jsonResponse(
          { Status: '403 Forbidden', 'Error-Message': 'Authentication error', 'First-Run': false },
          { status: 403 },
        ),
      );
      const client = createHttpClient({ target, readError: readJidotekiError });
      const error = (await rejectionOf(client.send({ path: '/x' }))) as ApiError;
      expect(error.details).toEqual({ firstRun: false });
    });

    it('takes the Jidoteki message from the Error-Message header when the body has none', async () => {
      stubFetch(
        jsonResponse(
          { Status: '400 Bad Request' },
          {
            status: 400,
            headers: { 'Error-Message': 'Invalid authentication method. Expected GET' },
          },
        ),
      );
      const client = createHttpClient({ target, readError: readJidotekiError });
      const error = (await rejectionOf(client.send({ method: 'POST', path: '/x' }))) as ApiError;
      expect(error.message).toBe('Invalid authentication method. Expected GET');
      expect(error.details.firstRun).toBeUndefined();
    });

    it('falls back to the reason of the Jidoteki Status line', async () => {
      stubFetch(jsonResponse({ Status: '404 Not Found' }, { status: 404, statusText: '' }));
      const client = createHttpClient({ target, readError: readJidotekiError });
      const error = (await rejectionOf(client.send({ path: '/x' }))) as ApiError;
      expect(error.message).toBe('Not Found');
    });

    it('reads the VNS3 error envelope', async () => {
      stubFetch(
        jsonResponse(
          { error: { name: 'PrerequisiteError', log: '123', message: 'Must be licensed first.' } },
          { status: 400, statusText: 'Bad Request' },
        ),
      );
      const client = createHttpClient({ target, readError: readVns3Error });
      const error = (await rejectionOf(client.send({ path: '/api/config' }))) as ApiError;
      expect(error.message).toBe('Must be licensed first.');
      expect(error.details).toEqual({ errorName: 'PrerequisiteError' });
    });

    it('reads a VNS3 error given as a plain string', async () => {
      stubFetch(jsonResponse({ error: 'Unauthorized' }, { status: 401 }));
      const client = createHttpClient({ target, readError: readVns3Error });
      const error = (await rejectionOf(client.send({ path: '/api/config' }))) as ApiError;
      expect(error.message).toBe('Unauthorized');
    });

    it('reads the Evon detail message', async () => {
      stubFetch(
        jsonResponse(
          { detail: 'Authentication credentials were not provided.' },
          { status: 401, statusText: 'Unauthorized' },
        ),
      );
      const client = createHttpClient({ target, readError: readEvonError });
      const error = (await rejectionOf(client.send({ path: '/api/ping' }))) as ApiError;
      expect(error.message).toBe('Authentication credentials were not provided.');
    });

    it('joins Evon field errors', async () => {
      stubFetch(jsonResponse({ name: ['This field is required.'] }, { status: 400 }));
      const client = createHttpClient({ target, readError: readEvonError });
      const error = (await rejectionOf(client.send({ path: '/api/x' }))) as ApiError;
      expect(error.message).toBe('name: This field is required.');
      expect(error.details.fieldErrors).toEqual({ name: ['This field is required.'] });
    });

    it('reads the device gateway message', async () => {
      stubFetch(
        jsonResponse({ message: 'device not found' }, { status: 404, statusText: 'Not Found' }),
      );
      const client = createHttpClient({ target, readError: readMessageError });
      const error = (await rejectionOf(client.send({ path: '/v1/devices/9' }))) as ApiError;
      expect(error.status).toBe(404);
      expect(error.message).toBe('device not found');
    });

    it('uses a short text body, then the status text, then HTTP <status> as the message', async () => {
      const reader: ErrorReader = () => ({});
      stubFetch(
        new Response('upstream timed out', { status: 502, statusText: 'Bad Gateway' }),
        new Response('', { status: 503, statusText: 'Service Unavailable' }),
        new Response(null, { status: 500, statusText: '' }),
      );
      const client = createHttpClient({ target, readError: reader });
      expect(((await rejectionOf(client.send({ path: '/a' }))) as ApiError).message).toBe(
        'upstream timed out',
      );
      expect(((await rejectionOf(client.send({ path: '/b' }))) as ApiError).message).toBe(
        'Service Unavailable',
      );
      expect(((await rejectionOf(client.send({ path: '/c' }))) as ApiError).message).toBe(
        'HTTP 500',
      );
    });

    it('throws NetworkError without the query string when fetch rejects with TypeError', async () => {
      const cause = new TypeError('Failed to fetch');
      vi.stubGlobal('fetch', vi.fn().mockRejectedValue(cause));
      const onApiError = vi.fn();
      const client = createHttpClient({
        target,
        onApiError,
        sign: (request) => request.url.searchParams.set('hash', 'secret'),
      });
      const error = await rejectionOf(client.send({ path: '/v1/x', query: { a: '1' } }));
      expect(error).toBeInstanceOf(NetworkError);
      const networkError = error as NetworkError;
      expect(networkError.reason).toBe('unreachable');
      expect(networkError.url).toBe('https://api.example.net/v1/x');
      expect(networkError.cause).toBe(cause);
      expect(onApiError).not.toHaveBeenCalled();
    });

    it('lets an AbortError through untouched', async () => {
      const abort = new DOMException('The operation was aborted.', 'AbortError');
      vi.stubGlobal('fetch', vi.fn().mockRejectedValue(abort));
      const client = createHttpClient({ target });
      await expect(client.send({ path: '/x' })).rejects.toBe(abort);
    });

    it('throws SchemaError when the JSON does not match the schema', async () => {
      stubFetch(jsonResponse({ version: 42 }));
      const client = createHttpClient({ target });
      const error = await rejectionOf(
        client.json({ path: '/api/v1/admin/version' }, z.object({ version: z.string() })),
      );
      expect(error).toBeInstanceOf(SchemaError);
      const schemaError = error as SchemaError;
      expect(schemaError.issues).toHaveLength(1);
      expect(schemaError.issues[0]).toMatch(/^version: /);
      expect(schemaError.message).toContain('GET /api/v1/admin/version');
    });

    it('reports a root-level schema mismatch as (root)', async () => {
      stubFetch(new Response('not json at all', { headers: { 'Content-Type': 'text/plain' } }));
      const client = createHttpClient({ target });
      const error = (await rejectionOf(
        client.json({ path: '/x' }, z.object({ a: z.string() })),
      )) as SchemaError;
      expect(error).toBeInstanceOf(SchemaError);
      expect(error.issues[0]).toMatch(/^\(root\): /);
    });
  });

  describe('body helpers', () => {
    it('parses JSON without a JSON Content-Type when it looks like JSON', async () => {
      stubFetch(new Response('{"version":"1.2.3"}', { headers: { 'Content-Type': 'text/plain' } }));
      const client = createHttpClient({ target });
      await expect(client.json({ path: '/x' }, z.object({ version: z.string() }))).resolves.toEqual(
        { version: '1.2.3' },
      );
    });

    it('text() returns the body text', async () => {
      stubFetch(new Response('## 1.2.3\n- fixed', { headers: { 'Content-Type': 'text/plain' } }));
      await expect(createHttpClient({ target }).text({ path: '/changelog' })).resolves.toBe(
        '## 1.2.3\n- fixed',
      );
    });

    it('blob() returns the body bytes', async () => {
      stubFetch(
        new Response(new Uint8Array([1, 2, 3]), {
          headers: { 'Content-Type': 'application/octet-stream' },
        }),
      );
      const blob = await createHttpClient({ target }).blob({ path: '/logs' });
      expect(blob.size).toBe(3);
      expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3]);
    });

    it('text() and blob() also throw ApiError on an error status', async () => {
      stubFetch(new Response('gone', { status: 410, statusText: 'Gone' }));
      const client = createHttpClient({ target });
      await expect(client.text({ path: '/x' })).rejects.toBeInstanceOf(ApiError);
      await expect(client.blob({ path: '/x' })).rejects.toBeInstanceOf(ApiError);
    });
  });
});
