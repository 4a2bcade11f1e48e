import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/errors';
import { createJidotekiClient } from '@/api/jidoteki/client';
import { fetchCall, jsonResponse, stubFetch } from '@/test/fetchStub';
import { downloadDebugBundle } from './downloadDebugBundle';
import { downloadLogs } from './downloadLogs';
import { requestReboot } from './reboot';

const client = () => createJidotekiClient({ baseUrl: 'https://a.example' }, null);

function attachment(bytes: number, headers: Record<string, string>) {
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/octet-stream',
      'Content-Length': String(bytes),
      ...headers,
    },
  });
}

describe.each([
  ['downloadLogs', downloadLogs, 'logs', 'logs.tar.gz'],
  ['downloadDebugBundle', downloadDebugBundle, 'debug', 'debug-bundle.tar'],
])('%s', (_name, fetcher, endpoint, fileName) => {
  it(`GETs /${endpoint} with progress and the name from Content-Disposition`, async () => {
    const fetchMock = stubFetch(
      attachment(2048, { 'Content-Disposition': `attachment; filename="${fileName}"` }),
    );
    const onProgress = vi.fn();
    const result = await fetcher(client(), onProgress);
    expect(result.fileName).toBe(fileName);
    expect(result.blob.size).toBe(2048);
    expect(onProgress).toHaveBeenLastCalledWith({ loaded: 2048, total: 2048 });
    const { url } = fetchCall(fetchMock);
    expect(url.pathname).toBe(`/api/v1/admin/${endpoint}`);
    expect(url.search).toBe('');
  });

  it('takes the documented Filename header too, and falls back to the documented name', async () => {
    stubFetch(attachment(10, { Filename: `appliance-${fileName}` }));
    expect((await fetcher(client(), vi.fn())).fileName).toBe(`appliance-${fileName}`);
    stubFetch(attachment(10, {}));
    expect((await fetcher(client(), vi.fn())).fileName).toBe(fileName);
  });

  it('fails with the 404 when the file does not exist', async () => {
    stubFetch(jsonResponse({ Status: '404 Not Found' }, { status: 404 }));
    const error = await fetcher(client(), vi.fn()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
  });
});

describe('requestReboot', () => {
  it('GETs /reboot and accepts the 202', async () => {
    const fetchMock = stubFetch(
      jsonResponse({ Status: '202 Accepted', Location: '/api/v1/admin/reboot' }, { status: 202 }),
    );
    await expect(requestReboot(client())).resolves.toBeUndefined();
    const { url, init } = fetchCall(fetchMock);
    expect(url.pathname).toBe('/api/v1/admin/reboot');
    expect(init.method).toBe('GET');
  });

  it('fails with the server status otherwise', async () => {
    stubFetch(jsonResponse({ Status: '404 Not Found' }, { status: 404 }));
    await expect(requestReboot(client())).rejects.toBeInstanceOf(ApiError);
  });
});
