import { type DownloadProgress, download } from '@/api/download';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';

/** GET /backup/download: backup.tar, named by the appliance's headers. */
export function downloadBackup(
  client: HttpClient,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
) {
  return download(client, {
    path: jidotekiPath('backup/download'),
    fallbackName: 'backup.tar',
    onProgress,
    signal,
  });
}
