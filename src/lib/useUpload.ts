import { useCallback, useRef, useState } from 'react';
import { isAbortError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { type UploadProgress, type UploadRequest, type UploadResult, upload } from '@/api/upload';

export type UploadState =
  | { status: 'idle' }
  | { status: 'uploading'; progress: UploadProgress }
  | { status: 'done'; result: UploadResult }
  | { status: 'cancelled' }
  | { status: 'failed'; error: unknown };

/** An upload with progress and a cancel button; one at a time. */
export function useUpload(client: HttpClient) {
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (request: Omit<UploadRequest, 'signal' | 'onProgress'>) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setState({ status: 'uploading', progress: { loaded: 0, total: 0, percent: 0 } });
      try {
        const result = await upload(client, {
          ...request,
          signal: abort.signal,
          onProgress: (progress) => setState({ status: 'uploading', progress }),
        });
        setState({ status: 'done', result });
        return result;
      } catch (error) {
        setState(isAbortError(error) ? { status: 'cancelled' } : { status: 'failed', error });
        throw error;
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [client],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, start, cancel, reset };
}
