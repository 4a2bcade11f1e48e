import type { HttpClient } from '@/api/http';
import { type UploadProgress, upload } from '@/api/upload';
import { gw } from './paths';

export function isGzipName(name: string): boolean {
  return /\.(tgz|tar\.gz|gz)$/i.test(name);
}

/** PUT /v1/configs: a tar archive of factory, group and device configs (gzip allowed). */
export async function uploadConfigs(
  client: HttpClient,
  file: File,
  onProgress: (progress: UploadProgress) => void,
  signal: AbortSignal,
): Promise<string> {
  const result = await upload(client, {
    method: 'PUT',
    path: gw.configs,
    headers: { 'Content-Type': isGzipName(file.name) ? 'application/gzip' : 'application/x-tar' },
    body: file,
    onProgress,
    signal,
  });
  return typeof result.body === 'string' ? result.body : 'Configs uploaded successfully';
}
