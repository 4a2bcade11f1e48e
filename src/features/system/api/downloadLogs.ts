import type { DownloadProgress } from '@/api/download';
import { download } from '@/api/download';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';

/** GET /logs: logs.tar.gz, not encrypted (the logs generally hold nothing sensitive). */
export function downloadLogs(
  client: HttpClient,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
) {
  return download(client, {
    path: jidotekiPath('logs'),
    fallbackName: 'logs.tar.gz',
    onProgress,
    signal,
  });
}
