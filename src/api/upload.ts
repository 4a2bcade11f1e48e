import { NetworkError } from './errors';
import { type HttpClient, type HttpRequest, parseBody, prepareRequest, toApiError } from './http';

export interface UploadProgress {
  loaded: number;
  total: number;
  /** 0–100, or null while the total is unknown. */
  percent: number | null;
}

export interface UploadRequest extends Omit<HttpRequest, 'body'> {
  body: FormData | Blob | string;
  onProgress?: (progress: UploadProgress) => void;
}

export interface UploadResult {
  status: number;
  headers: Headers;
  body: unknown;
}

/** fetch() cannot report upload progress, so uploads go through XMLHttpRequest. */
export function upload(client: HttpClient, request: UploadRequest): Promise<UploadResult> {
  const prepared = prepareRequest(client.options, { ...request, method: request.method ?? 'POST' });
  const url = prepared.url.href;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(prepared.method, url);
    prepared.headers.forEach((value, name) => xhr.setRequestHeader(name, value));

    const abort = () => xhr.abort();
    if (request.signal?.aborted) {
      reject(new DOMException('Upload cancelled', 'AbortError'));
      return;
    }
    request.signal?.addEventListener('abort', abort, { once: true });
    const done = () => request.signal?.removeEventListener('abort', abort);

    xhr.upload.onprogress = (event) => {
      request.onProgress?.({
        loaded: event.loaded,
        total: event.total,
        percent: event.lengthComputable ? Math.round((event.loaded / event.total) * 100) : null,
      });
    };
    xhr.onabort = () => {
      done();
      reject(new DOMException('Upload cancelled', 'AbortError'));
    };
    xhr.onerror = () => {
      done();
      reject(new NetworkError('dropped', url.split('?')[0] ?? url));
    };
    xhr.ontimeout = () => {
      done();
      reject(new NetworkError('timeout', url.split('?')[0] ?? url));
    };
    xhr.onload = () => {
      done();
      const headers = parseHeaders(xhr.getAllResponseHeaders());
      const bodyless = [101, 204, 205, 304].includes(xhr.status);
      const response = new Response(bodyless ? null : xhr.responseText, {
        status: xhr.status,
        headers,
      });
      void parseBody(response).then((body) => {
        if (xhr.status >= 200 && xhr.status < 300) {
          resolve({ status: xhr.status, headers, body });
        } else {
          const { readError, onApiError } = client.options;
          const error = toApiError(xhr.status, xhr.statusText, body, headers, readError);
          onApiError?.(error);
          reject(error);
        }
      });
    };
    xhr.send(request.body);
  });
}

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const index = line.indexOf(':');
    if (index > 0) headers.append(line.slice(0, index).trim(), line.slice(index + 1).trim());
  }
  return headers;
}
