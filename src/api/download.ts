import type { HttpClient, HttpRequest } from './http';

export interface DownloadProgress {
  loaded: number;
  total: number | null;
}

export interface DownloadRequest extends HttpRequest {
  fallbackName: string;
  onProgress?: (progress: DownloadProgress) => void;
}

/** File name from `Content-Disposition` (RFC 6266, incl. filename*) or Jidoteki's `Filename` header. */
export function fileNameFromHeaders(headers: Headers, fallback: string): string {
  const disposition = headers.get('Content-Disposition') ?? '';
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended?.[1]) {
    try {
      return sanitizeFileName(decodeURIComponent(extended[1]), fallback);
    } catch {
      // a malformed percent-encoding: try the plain filename parameter instead
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  if (plain?.[1]) return sanitizeFileName(plain[1], fallback);
  const header = headers.get('Filename');
  if (header) return sanitizeFileName(header, fallback);
  return fallback;
}

function sanitizeFileName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  return base && base !== '.' && base !== '..' ? base : fallback;
}

/** Fetches a file with progress and returns it with the server's file name. */
export async function download(
  client: HttpClient,
  request: DownloadRequest,
): Promise<{ blob: Blob; fileName: string }> {
  const response = await client.send(request);
  const fileName = fileNameFromHeaders(response.headers, request.fallbackName);
  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body || !request.onProgress) {
    return { blob: await response.blob(), fileName };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    request.onProgress({ loaded, total });
  }
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  return { blob: new Blob(chunks, { type }), fileName };
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
