import type { HttpClient } from '@/api/http';
import { type UploadProgress, upload } from '@/api/upload';
import { gw } from './paths';
import { type UploadUpdateValues, overridesOf } from './updateRules';
import { isGzipName } from './uploadConfigs';

/** POST /v1/updates/{tag}/{update}: a tar (or tar+gz) of an offline-update directory. */
export async function uploadUpdate(
  client: HttpClient,
  values: UploadUpdateValues,
  file: File,
  onProgress: (progress: UploadProgress) => void,
  signal: AbortSignal,
): Promise<void> {
  await upload(client, {
    method: 'POST',
    path: gw.update(values.tag, values.name),
    query: overridesOf(values),
    headers: { 'Content-Type': isGzipName(file.name) ? 'application/gzip' : 'application/x-tar' },
    body: file,
    onProgress,
    signal,
  });
}
