import { z } from 'zod/mini';
import { NetworkError } from '@/api/errors';
import { parseWith } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';
import type { UploadRequest, UploadResult } from '@/api/upload';
import { type License, licenseSchema, sameLicense } from './license';

export const licenseFormSchema = z.object({
  file: z.custom<File | null>((value) => value instanceof File, 'Choose a license file to upload'),
});

export type LicenseFormValues = z.infer<typeof licenseFormSchema>;

export type LicenseUploadRequest = Omit<UploadRequest, 'signal' | 'onProgress'>;

/** POST /license with the file in the multipart field `license`, nothing else. */
export function licenseUploadRequest(file: File): LicenseUploadRequest {
  const body = new FormData();
  body.append('license', file, file.name);
  return { method: 'POST', path: jidotekiPath('license'), body };
}

export type LicenseInstall =
  | { kind: 'installed'; license: License }
  /**
   * No HTTP response: `applied` compares GET /license before and after (null when either could
   * not be read; `readError` is why the second read failed).
   */
  | { kind: 'dropped'; applied: boolean | null; license: License | null; readError?: unknown };

/**
 * Uploads a license. Admin API v1.24.0 stores the license and then closes the connection without
 * answering (it calls a function that no longer exists), so a dropped connection is followed by
 * reading the license back to tell whether it was applied.
 */
export async function installLicense(
  file: File,
  send: (request: LicenseUploadRequest) => Promise<UploadResult>,
  readLicense: () => Promise<License | null>,
): Promise<LicenseInstall> {
  const before = await readLicense().then(
    (license): License | null | undefined => license,
    () => undefined,
  );
  try {
    const result = await send(licenseUploadRequest(file));
    return { kind: 'installed', license: parseWith(licenseSchema, result.body, 'POST /license') };
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
  }
  try {
    const after = await readLicense();
    const applied = before === undefined ? null : after !== null && !sameLicense(before, after);
    return { kind: 'dropped', applied, license: after };
  } catch (readError) {
    return { kind: 'dropped', applied: null, license: null, readError };
  }
}
