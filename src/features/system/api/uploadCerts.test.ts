import { describe, expect, it } from 'vitest';
import { ENCRYPTED_KEY_MESSAGE } from '@/lib/pem';
import { CA_PEM, CERTIFICATE_PEM, ENCRYPTED_RSA_KEY_PEM, RSA_KEY_PEM } from '@/test/pemSamples';
import { certsUpdateEnded } from './certs';
import {
  type PemUpload,
  certsFormData,
  certsFormSchema,
  certsIssues,
  certsUploadRequest,
} from './uploadCerts';

function pem(name: string, text: string): PemUpload {
  return { file: new File([text], name), text };
}

const VALID = {
  public: pem('appliance.pem', CERTIFICATE_PEM),
  private: pem('appliance.key', RSA_KEY_PEM),
  ca: null,
};

describe('certsIssues', () => {
  it('accepts a certificate and its key, with or without a CA', () => {
    expect(certsIssues(VALID)).toEqual({});
    expect(certsIssues({ ...VALID, ca: pem('ca.pem', CA_PEM) })).toEqual({});
    expect(certsFormSchema.safeParse(VALID).success).toBe(true);
  });

  it('requires the public certificate and the private key', () => {
    expect(certsIssues({ public: null, private: null, ca: null })).toEqual({
      public: 'Choose the public certificate (PEM)',
      private: 'Choose the private key (unencrypted RSA, PEM)',
    });
  });

  it('checks each file for its own kind', () => {
    expect(
      certsIssues({
        public: pem('key.pem', RSA_KEY_PEM),
        private: pem('enc.key', ENCRYPTED_RSA_KEY_PEM),
        ca: pem('ca.pem', 'not a certificate'),
      }),
    ).toEqual({
      public: 'This file holds a private key, not a certificate',
      private: ENCRYPTED_KEY_MESSAGE,
      ca: 'No PEM block found: expected -----BEGIN CERTIFICATE-----',
    });
  });

  it('reports the problems on their fields through the schema', () => {
    const result = certsFormSchema.safeParse({ ...VALID, private: null });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['private']);
  });
});

describe('certsFormData and certsUploadRequest', () => {
  it('sends public and private, and ca only when given', () => {
    const files = { public: VALID.public.file, private: VALID.private.file, ca: null };
    const form = certsFormData(files);
    expect([...form.keys()]).toEqual(['public', 'private']);
    expect((form.get('public') as File).name).toBe('appliance.pem');
    const withCa = certsFormData({ ...files, ca: new File([CA_PEM], 'ca.pem') });
    expect([...withCa.keys()]).toEqual(['public', 'private', 'ca']);
  });

  it('POSTs to /certs', () => {
    const request = certsUploadRequest({
      public: VALID.public.file,
      private: VALID.private.file,
      ca: null,
    });
    expect([request.method, request.path]).toEqual(['POST', '/api/v1/admin/certs']);
  });
});

describe('certsUpdateEnded', () => {
  const before = { status: 'success' as const, log: '[1][SYSTEM] Add TLS certificates successful' };

  it('waits while the previous run is still what GET /certs reports', () => {
    expect(certsUpdateEnded(before, before)).toBe(false);
    expect(certsUpdateEnded({ status: null, log: null }, { status: null, log: null })).toBe(false);
  });

  it('waits while the new run is running', () => {
    expect(certsUpdateEnded({ status: 'running', log: 'x' }, before)).toBe(false);
    expect(certsUpdateEnded(undefined, before)).toBe(false);
  });

  it('ends on success or failure with a new log', () => {
    expect(certsUpdateEnded({ status: 'success', log: `${before.log}\\nnew` }, before)).toBe(true);
    expect(
      certsUpdateEnded({ status: 'failed', log: 'mismatch' }, { status: null, log: null }),
    ).toBe(true);
  });
});
