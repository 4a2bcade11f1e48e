import { describe, expect, it } from 'vitest';
import { createJidotekiClient } from '@/api/jidoteki/client';
import { upload } from '@/api/upload';
import { updatePackageSchema, updateUploadRequest } from './postUpdate';

function messages(file: File | null): string[] {
  const result = updatePackageSchema.safeParse({ package: file });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('updatePackageSchema', () => {
  it('accepts a non-empty .enc package, whatever the case of the extension', () => {
    expect(messages(new File(['Salted__x'], 'software_package-1.1.0.enc'))).toEqual([]);
    expect(messages(new File(['Salted__x'], 'UPDATE.ENC'))).toEqual([]);
  });

  it('asks for a file when none is chosen', () => {
    expect(messages(null)).toEqual(['Choose the update package (.enc) to send']);
  });

  it('refuses an empty file, as the appliance does (400)', () => {
    expect(messages(new File([], 'empty.enc'))).toEqual([
      'This file is empty; the appliance refuses an empty package',
    ]);
  });

  it.each(['package.tar.gz', 'package.enc.txt', 'enc'])('refuses %j', (name) => {
    expect(messages(new File(['x'], name))).toEqual(['Choose an encrypted update package (.enc)']);
  });
});

describe('updateUploadRequest', () => {
  it('POSTs /update with the package as the only multipart field, named update', () => {
    const file = new File(['Salted__x'], 'pkg.enc');
    const request = updateUploadRequest(file);
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/api/v1/admin/update');
    expect(request.query).toBeUndefined();
    const body = request.body as FormData;
    expect([...body.keys()]).toEqual(['update']);
    const sent = body.get('update') as File;
    expect(sent.name).toBe('pkg.enc');
    expect(sent.size).toBe(file.size);
  });

  it('adds nothing but the signature to the URL', async () => {
    const opened: string[] = [];
    class FakeXhr {
      upload = {};
      status = 202;
      statusText = 'Accepted';
      responseText = '{"Status":"202 Accepted","Location":"/api/v1/admin/update"}';
      onload: (() => void) | null = null;
      open(_method: string, url: string) {
        opened.push(url);
      }
      setRequestHeader() {}
      getAllResponseHeaders() {
        return 'content-type: application/json\r\nlocation: /api/v1/admin/update';
      }
      send() {
        queueMicrotask(() => this.onload?.());
      }
      abort() {}
    }
    const original = globalThis.XMLHttpRequest;
    globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
    try {
      const client = createJidotekiClient(
        { baseUrl: 'https://a.example' },
        { kind: 'jidoteki', mode: 'token', token: 'yourtoken' },
      );
      const result = await upload(client, updateUploadRequest(new File(['x'], 'a.enc')));
      expect(result.status).toBe(202);
    } finally {
      globalThis.XMLHttpRequest = original;
    }
    expect(opened).toEqual(['https://a.example/api/v1/admin/update?token=yourtoken']);
  });
});
