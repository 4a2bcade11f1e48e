import { describe, expect, it, vi } from 'vitest';
import { blobBytes } from '@/test/blob';
import { stubFetch } from '@/test/fetchStub';
import { type DownloadProgress, download, fileNameFromHeaders } from './download';
import { ApiError } from './errors';
import { createHttpClient } from './http';

function named(headers: Record<string, string>, fallback = 'download.bin'): string {
  return fileNameFromHeaders(new Headers(headers), fallback);
}

describe('fileNameFromHeaders', () => {
  it('reads a quoted filename from Content-Disposition', () => {
    expect(named({ 'Content-Disposition': 'attachment; filename="logs.tar.gz"' })).toBe(
      'logs.tar.gz',
    );
  });

  it('reads an unquoted filename', () => {
    expect(named({ 'Content-Disposition': 'attachment; filename=logs.tar.gz' })).toBe(
      'logs.tar.gz',
    );
  });

  it('decodes an RFC 5987 filename*', () => {
    expect(named({ 'Content-Disposition': "attachment; filename*=UTF-8''backup%20one.tar" })).toBe(
      'backup one.tar',
    );
  });

  it('decodes UTF-8 in filename*', () => {
    expect(
      named({ 'Content-Disposition': "attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.txt" }),
    ).toBe('résumé.txt');
  });

  it('prefers filename* over filename', () => {
    expect(
      named({
        'Content-Disposition': `attachment; filename="fallback.tar"; filename*=UTF-8''real%20name.tar`,
      }),
    ).toBe('real name.tar');
  });

  it("uses Jidoteki's Filename header when there is no Content-Disposition", () => {
    expect(named({ Filename: 'debug-bundle.tar' })).toBe('debug-bundle.tar');
  });

  it('uses the Filename header when Content-Disposition names no file', () => {
    expect(named({ 'Content-Disposition': 'attachment', Filename: 'debug-bundle.tar' })).toBe(
      'debug-bundle.tar',
    );
  });

  it.each([
    ['attachment; filename="../../etc/passwd"', 'passwd'],
    ['attachment; filename="..\\..\\windows\\win.ini"', 'win.ini'],
    ["attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd", 'passwd'],
    ['attachment; filename="/abs/path/x.tar"', 'x.tar'],
  ])('strips directories from %j', (disposition, expected) => {
    expect(named({ 'Content-Disposition': disposition })).toBe(expected);
  });

  it('strips directories from the Filename header', () => {
    expect(named({ Filename: '../../etc/passwd' })).toBe('passwd');
  });

  it.each([
    ['attachment; filename=".."', 'fallback.tar'],
    ['attachment; filename="../"', 'fallback.tar'],
    ['attachment; filename="."', 'fallback.tar'],
    ['attachment; filename="  "', 'fallback.tar'],
  ])('falls back for the unusable name in %j', (disposition, fallback) => {
    expect(named({ 'Content-Disposition': disposition }, fallback)).toBe(fallback);
  });

  it('falls back when no header names the file', () => {
    expect(named({}, 'backup.tar')).toBe('backup.tar');
    expect(named({ 'Content-Type': 'application/octet-stream' }, 'backup.tar')).toBe('backup.tar');
  });

  it('falls back instead of throwing on a malformed filename*', () => {
    expect(
      named({ 'Content-Disposition': "attachment; filename*=UTF-8''bad%E0%A4%A" }, 'x.bin'),
    ).toBe('x.bin');
  });
});

describe('download', () => {
  const client = createHttpClient({ target: { baseUrl: 'https://appliance.example.net' } });

  it('returns the blob and the server file name, reporting progress', async () => {
    const bytes = new Uint8Array([1, 2, 3, 4, 5]);
    stubFetch(
      new Response(bytes, {
        headers: {
          'Content-Type': 'application/octet-stream',
          'Content-Length': '5',
          'Content-Disposition': 'attachment; filename="logs.tar.gz"',
        },
      }),
    );
    const progress: DownloadProgress[] = [];
    const result = await download(client, {
      path: '/api/v1/admin/logs',
      fallbackName: 'logs.bin',
      onProgress: (p) => progress.push(p),
    });
    expect(result.fileName).toBe('logs.tar.gz');
    expect(result.blob.type).toBe('application/octet-stream');
    expect(await blobBytes(result.blob)).toEqual([1, 2, 3, 4, 5]);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toEqual({ loaded: 5, total: 5 });
  });

  it('reports an unknown total as null', async () => {
    stubFetch(new Response(new Uint8Array([9, 9])));
    const onProgress = vi.fn();
    const result = await download(client, { path: '/x', fallbackName: 'x.bin', onProgress });
    expect(result.fileName).toBe('x.bin');
    expect(onProgress).toHaveBeenLastCalledWith({ loaded: 2, total: null });
  });

  it('throws the ApiError of a failed response', async () => {
    stubFetch(new Response('missing', { status: 404, statusText: 'Not Found' }));
    await expect(download(client, { path: '/x', fallbackName: 'x.bin' })).rejects.toBeInstanceOf(
      ApiError,
    );
  });
});
