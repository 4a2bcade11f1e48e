import { z } from 'zod/mini';
import { jidotekiPath } from '@/api/jidoteki/client';
import type { UploadRequest } from '@/api/upload';

export const UPDATE_EXTENSION = '.enc';

/** The appliance answers 400 to a missing or empty `update` field; the package is an `.enc` file. */
export const updatePackageFile = z.file('Choose the update package (.enc) to send').check(
  z.minSize(1, 'This file is empty; the appliance refuses an empty package'),
  z.refine(
    (file: File) => file.name.toLowerCase().endsWith(UPDATE_EXTENSION),
    'Choose an encrypted update package (.enc)',
  ),
);

/** The form starts with no file (null); only a file that passes the checks is sent. */
export const updatePackageSchema = z.object({
  package: z.pipe(z.custom<File | null>(), updatePackageFile),
});

export type UpdatePackageValues = z.infer<typeof updatePackageSchema>;

/** POST /update: the multipart field `update` and nothing else (other names drop the connection). */
export function updateUploadRequest(file: File): Omit<UploadRequest, 'signal' | 'onProgress'> {
  const body = new FormData();
  body.append('update', file, file.name);
  return { method: 'POST', path: jidotekiPath('update'), body };
}
