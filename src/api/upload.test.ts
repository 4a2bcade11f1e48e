import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from './errors';
import { createHttpClient } from './http';
import { readJidotekiError, signJidotekiRequest } from './jidoteki/client';
import { upload } from './upload';

type Handler = ((event: ProgressEvent) => void) | null;

/** Just enough of XMLHttpRequest for upload(); the test drives its events. */
class FakeXhr {
  static instances: FakeXhr[] = [];

  method = '';
  url = '';
  requestHeaders: Record<string, string> = {};
  body: unknown = undefined;
  sent = false;
  status = 0;
  statusText = '';
  responseText = '';
  responseHeaders = '';
  listenerError: unknown = undefined;

  upload: { onprogress: Handler } = { onprogress: null };
  onload: Handler = null;
  onerror: Handler = null;
  onabort: Handler = null;
  ontimeout: Handler = null;

  abort = vi.fn(() => {
    this.onabort?.(new ProgressEvent('abort'));
  });

  constructor() {
    FakeXhr.instances.push(this);
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.requestHeaders[name.toLowerCase()] = value;
  }

  send(body: unknown) {
    this.body = body;
    this.sent = true;
  }

  getAllResponseHeaders() {
    return this.responseHeaders;
  }

  progress(loaded: number, total: number, lengthComputable = true) {
    this.upload.onprogress?.(new ProgressEvent('progress', { loaded, total, lengthComputable }));
  }

  respond(status: number, statusText: string, body: string, headers: Record<string, string> = {}) {
    this.status = status;
    this.statusText = statusText;
    this.responseText = body;
    this.responseHeaders = Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    // A real XHR reports a throwing listener instead of propagating it to the caller.
    try {
      this.onload?.(new ProgressEvent('load'));
    } catch (error) {
      this.listenerError = error;
    }
  }
}

function lastXhr(): FakeXhr {
  const xhr = FakeXhr.instances.at(-1);
  if (!xhr) throw new Error('no XMLHttpRequest was created');
  return xhr;
}

const KEY = '13e2ff941bbc8692cad141c8d293dda2c4f1c1a3c51b93d54f1a1693e1206107';
const POST_UPDATE = '2ffa79e0aee7f6ac294c19e53c51aa4a53a8279390ffb815a5a821eec1978136';

describe('upload', () => {
  beforeEach(() => {
    FakeXhr.instances = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const onApiError = vi.fn();
  const client = createHttpClient({
    target: { baseUrl: 'https://appliance.example.net:8443/' },
    readError: readJidotekiError,
    sign: (request) => signJidotekiRequest(request, { kind: 'jidoteki', mode: 'hash', key: KEY }),
    onApiError,
  });

  beforeEach(() => onApiError.mockClear());

  function form(): FormData {
    const data = new FormData();
    data.append('update', new Blob(['package']), 'update.enc');
    return data;
  }

  it('POSTs the body to the signed URL with the prepared headers', () => {
    const body = form();
    void upload(client, { path: '/api/v1/admin/update', body, headers: { 'X-Trace': 't1' } });
    const xhr = lastXhr();
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe(
      `https://appliance.example.net:8443/api/v1/admin/update?hash=${POST_UPDATE}`,
    );
    expect(xhr.requestHeaders['x-trace']).toBe('t1');
    expect(new URL(xhr.url).searchParams.size).toBe(1);
    expect(xhr.sent).toBe(true);
    expect(xhr.body).toBe(body);
  });

  it('reports progress percentages, and null while the total is unknown', () => {
    const onProgress = vi.fn();
    void upload(client, { path: '/api/v1/admin/update', body: form(), onProgress });
    const xhr = lastXhr();
    xhr.progress(0, 200);
    xhr.progress(50, 200);
    xhr.progress(133, 200);
    xhr.progress(200, 200);
    xhr.progress(10, 0, false);
    expect(onProgress.mock.calls.map(([progress]) => progress)).toEqual([
      { loaded: 0, total: 200, percent: 0 },
      { loaded: 50, total: 200, percent: 25 },
      { loaded: 133, total: 200, percent: 67 },
      { loaded: 200, total: 200, percent: 100 },
      { loaded: 10, total: 0, percent: null },
    ]);
  });

  it('resolves on 2xx with the parsed JSON body and the response headers', async () => {
    const promise = upload(client, { path: '/api/v1/admin/update', body: form() });
    lastXhr().respond(
      202,
      'Accepted',
      '{"Status":"202 Accepted","Location":"/api/v1/admin/update"}',
      { 'Content-Type': 'application/json', Location: '/api/v1/admin/update' },
    );
    const result = await promise;
    expect(result.status).toBe(202);
    expect(result.body).toEqual({ Status: '202 Accepted', Location: '/api/v1/admin/update' });
    expect(result.headers.get('Location')).toBe('/api/v1/admin/update');
    expect(result.headers.get('content-type')).toBe('application/json');
    expect(lastXhr().listenerError).toBeUndefined();
    expect(onApiError).not.toHaveBeenCalled();
  });

  it('rejects with ApiError carrying the Jidoteki message on 400, and tells onApiError', async () => {
    const promise = upload(client, { path: '/api/v1/admin/update', body: form() });
    lastXhr().respond(
      400,
      'Bad Request',
      '{"Status":"400 Bad Request","Error-Message":"Missing or invalid file: update"}',
      {
        'Content-Type': 'application/json',
        'Error-Message': 'Missing or invalid file: update',
      },
    );
    const error = await promise.then(
      () => {
        throw new Error('expected a rejection');
      },
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.statusText).toBe('Bad Request');
    expect(apiError.message).toBe('Missing or invalid file: update');
    expect(onApiError).toHaveBeenCalledWith(apiError);
  });

  it('reads the message from the Error-Message header when the body has none', async () => {
    const promise = upload(client, { path: '/api/v1/admin/update', body: form() });
    lastXhr().respond(400, 'Bad Request', '{"Status":"400 Bad Request"}', {
      'Error-Message': 'Invalid authentication method. Expected GET',
    });
    await expect(promise).rejects.toThrow('Invalid authentication method. Expected GET');
  });

  it('rejects with NetworkError (dropped) on an error event, without the hash in the URL', async () => {
    const promise = upload(client, { path: '/api/v1/admin/update', body: form() });
    lastXhr().onerror?.(new ProgressEvent('error'));
    const error = await promise.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).reason).toBe('dropped');
    expect((error as NetworkError).url).toBe(
      'https://appliance.example.net:8443/api/v1/admin/update',
    );
    expect(onApiError).not.toHaveBeenCalled();
  });

  it('rejects with NetworkError (timeout) on a timeout event', async () => {
    const promise = upload(client, { path: '/api/v1/admin/update', body: form() });
    lastXhr().ontimeout?.(new ProgressEvent('timeout'));
    await expect(promise).rejects.toMatchObject({ name: 'NetworkError', reason: 'timeout' });
  });

  it('aborts the XMLHttpRequest and rejects with AbortError when the signal aborts', async () => {
    const controller = new AbortController();
    const promise = upload(client, {
      path: '/api/v1/admin/update',
      body: form(),
      signal: controller.signal,
    });
    const xhr = lastXhr();
    expect(xhr.abort).not.toHaveBeenCalled();
    controller.abort();
    expect(xhr.abort).toHaveBeenCalledTimes(1);
    const error = await promise.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('rejects at once with AbortError and sends nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const promise = upload(client, {
      path: '/api/v1/admin/update',
      body: form(),
      signal: controller.signal,
    });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(lastXhr().sent).toBe(false);
  });

  it('stops listening to the signal once the upload has finished', async () => {
    const controller = new AbortController();
    const promise = upload(client, {
      path: '/api/v1/admin/update',
      body: form(),
      signal: controller.signal,
    });
    const xhr = lastXhr();
    xhr.respond(202, 'Accepted', '{"Status":"202 Accepted"}');
    await promise;
    controller.abort();
    expect(xhr.abort).not.toHaveBeenCalled();
  });

  it('resolves on 204 No Content', async () => {
    const promise = upload(client, { method: 'PUT', path: '/v1/items/1', body: 'x' });
    lastXhr().respond(204, 'No Content', '');
    const settled = await Promise.race([
      promise.then(() => 'resolved'),
      new Promise((resolve) => setTimeout(() => resolve('pending'), 50)),
    ]);
    expect(settled).toBe('resolved');
  });
});
