import { z } from 'zod/mini';
import type { UploadRequest } from '@/api/upload';
import { jidotekiPath } from '@/api/jidoteki/client';
import { checkCertificatePem, checkPrivateKeyPem } from '@/lib/pem';
import { reportIssues } from './fieldRules';

/** A chosen file and its text, read when it was chosen so it can be checked before sending. */
export interface PemUpload {
  file: File;
  text: string;
}

export const CERTS_FIELDS = ['public', 'private', 'ca'] as const;

export type CertsField = (typeof CERTS_FIELDS)[number];

export type CertsFormValues = Record<CertsField, PemUpload | null>;

/** public and private are required; ca is optional (API doc, section 9). */
export function certsIssues(values: CertsFormValues): Partial<Record<CertsField, string>> {
  const issues: Partial<Record<CertsField, string | null>> = {
    public: values.public
      ? checkCertificatePem(values.public.text)
      : 'Choose the public certificate (PEM)',
    private: values.private
      ? checkPrivateKeyPem(values.private.text)
      : 'Choose the private key (unencrypted RSA, PEM)',
    ca: values.ca ? checkCertificatePem(values.ca.text) : null,
  };
  const found: Partial<Record<CertsField, string>> = {};
  for (const field of CERTS_FIELDS) {
    const message = issues[field];
    if (message) found[field] = message;
  }
  return found;
}

const pemUpload = z.nullable(
  z.custom<PemUpload>(
    (value) => typeof value === 'object' && value !== null && 'file' in value && 'text' in value,
  ),
);

export const certsFormSchema = z
  .object({ public: pemUpload, private: pemUpload, ca: pemUpload })
  .check(z.superRefine((values, ctx) => reportIssues(certsIssues(values), ctx)));

/** POST /certs body: multipart fields public, private and, when given, ca; nothing else. */
export function certsFormData(files: { public: File; private: File; ca: File | null }): FormData {
  const form = new FormData();
  form.append('public', files.public, files.public.name);
  form.append('private', files.private, files.private.name);
  if (files.ca) form.append('ca', files.ca, files.ca.name);
  return form;
}

/** The upload for useUpload: POST /certs → 202, then poll GET /certs. */
export function certsUploadRequest(files: {
  public: File;
  private: File;
  ca: File | null;
}): Pick<UploadRequest, 'method' | 'path' | 'body'> {
  return { method: 'POST', path: jidotekiPath('certs'), body: certsFormData(files) };
}
