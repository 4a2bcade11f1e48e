import type { DownloadProgress } from '@/api/download';
import { download } from '@/api/download';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';

/** GET /debug: debug-bundle.tar, encrypted because it can hold sensitive information. */
export function downloadDebugBundle(
  client: HttpClient,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
) {
  return download(client, {
    path: jidotekiPath('debug'),
    fallbackName: 'debug-bundle.tar',
    onProgress,
    signal,
  });
}
