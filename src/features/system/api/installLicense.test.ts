import { describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '@/api/errors';
import type { UploadResult } from '@/api/upload';
import { installLicense, licenseUploadRequest } from './installLicense';
import type { License } from './license';

const OLD: License = {
  app: 'enterprise',
  users: 20,
  expires: '19 January 2038',
  name: 'Enterprise Company',
  contact: 'cto@enterprise',
};
const NEW: License = { ...OLD, name: 'Acme Corp', users: 50 };

const file = () => new File(['-----BEGIN PGP MESSAGE-----\n'], 'license.asc');
const ok = (body: unknown): UploadResult => ({ status: 200, headers: new Headers(), body });
const dropped = () => new NetworkError('dropped', 'http://appliance/api/v1/admin/license');

/** A readLicense that answers each call in turn. */
function reads(...answers: (License | null | Error)[]) {
  const read = vi.fn<() => Promise<License | null>>();
  for (const answer of answers) {
    read.mockImplementationOnce(() =>
      answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer),
    );
  }
  return read;
}

describe('licenseUploadRequest', () => {
  it('posts the file in the multipart field "license" and nothing else', () => {
    const request = licenseUploadRequest(file());
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/api/v1/admin/license');
    const body = request.body as FormData;
    expect([...body.keys()]).toEqual(['license']);
    expect((body.get('license') as File).name).toBe('license.asc');
  });
});

describe('installLicense', () => {
  it('returns the license the appliance answers with (200)', async () => {
    const send = vi.fn().mockResolvedValue(ok(NEW));
    const result = await installLicense(file(), send, reads(OLD));
    expect(result).toEqual({ kind: 'installed', license: NEW });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('rejects a 200 that is not a license', async () => {
    const send = vi.fn().mockResolvedValue(ok({ Status: '200 OK' }));
    await expect(installLicense(file(), send, reads(OLD))).rejects.toThrow(/POST \/license/);
  });

  it('reads the license back after a dropped connection: changed means applied', async () => {
    const send = vi.fn().mockRejectedValue(dropped());
    const read = reads(OLD, NEW);
    expect(await installLicense(file(), send, read)).toEqual({
      kind: 'dropped',
      applied: true,
      license: NEW,
    });
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('a license where there was none is applied', async () => {
    const send = vi.fn().mockRejectedValue(dropped());
    expect(await installLicense(file(), send, reads(null, NEW))).toMatchObject({
      applied: true,
      license: NEW,
    });
  });

  it('unchanged after a dropped connection means not applied', async () => {
    const send = vi.fn().mockRejectedValue(dropped());
    expect(await installLicense(file(), send, reads(OLD, { ...OLD }))).toEqual({
      kind: 'dropped',
      applied: false,
      license: OLD,
    });
    expect(await installLicense(file(), send, reads(null, null))).toMatchObject({
      applied: false,
      license: null,
    });
  });

  it('cannot tell when the license before the upload could not be read', async () => {
    const send = vi.fn().mockRejectedValue(dropped());
    expect(await installLicense(file(), send, reads(new Error('offline'), NEW))).toMatchObject({
      kind: 'dropped',
      applied: null,
      license: NEW,
    });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('reports why the license could not be read back', async () => {
    const send = vi.fn().mockRejectedValue(dropped());
    const readError = dropped();
    expect(await installLicense(file(), send, reads(OLD, readError))).toEqual({
      kind: 'dropped',
      applied: null,
      license: null,
      readError,
    });
  });

  it('passes a 400 and a cancel through without reading again', async () => {
    const invalid = new ApiError({
      status: 400,
      statusText: 'Bad Request',
      message: 'Bad Request',
      body: { Status: '400 Bad Request' },
      headers: new Headers(),
    });
    const read = reads(OLD);
    await expect(installLicense(file(), vi.fn().mockRejectedValue(invalid), read)).rejects.toBe(
      invalid,
    );
    const cancelled = new DOMException('Upload cancelled', 'AbortError');
    await expect(
      installLicense(file(), vi.fn().mockRejectedValue(cancelled), reads(OLD)),
    ).rejects.toBe(cancelled);
    expect(read).toHaveBeenCalledTimes(1);
  });
});
