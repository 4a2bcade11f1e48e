import { z } from 'zod/mini';
import { jidotekiPath } from '@/api/jidoteki/client';
import type { UploadRequest } from '@/api/upload';

export const restoreFormSchema = z.object({
  file: z.custom<File | null>((value) => value instanceof File, 'Choose a backup archive'),
});

export type RestoreFormValues = z.infer<typeof restoreFormSchema>;

/**
 * POST /backup/restore with the archive in the multipart field `archive`. Synchronous: the
 * appliance answers 200 once the files in /data are restored, 400 when it cannot extract them.
 */
export function restoreUploadRequest(archive: File): Omit<UploadRequest, 'signal' | 'onProgress'> {
  const body = new FormData();
  body.append('archive', archive, archive.name);
  return { method: 'POST', path: jidotekiPath('backup/restore'), body };
}
