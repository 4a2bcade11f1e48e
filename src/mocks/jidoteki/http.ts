import { reasonPhrase } from '../framework/http.ts';
import type { SimOutcome } from '../framework/types.ts';
import type { JidotekiState } from './state.ts';

export const SECURITY_HEADERS: Record<string, string> = {
  Server: 'PicoLisp',
  'Strict-Transport-Security': 'max-age=31536000 ; includeSubDomains',
  'X-Frame-Options': 'deny',
  'X-XSS-Protection': '1',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "object-src 'self';",
};

const encoder = new TextEncoder();

export function picoResponse(
  status: number,
  body: string | Uint8Array,
  headers: Record<string, string>,
  lastModified: number = Date.now(),
): Response {
  const bytes = typeof body === 'string' ? encoder.encode(body) : body;
  return new Response(status === 204 ? null : (bytes as Uint8Array<ArrayBuffer>), {
    status,
    statusText: reasonPhrase(status),
    headers: {
      ...SECURITY_HEADERS,
      Date: new Date().toUTCString(),
      'Content-Length': String(bytes.length),
      ...headers,
      'Last-Modified': new Date(lastModified).toUTCString(),
    },
  });
}

export function jsonOk(value: unknown, extra: Record<string, string> = {}): Response {
  return picoResponse(200, JSON.stringify(value), { 'Content-Type': 'application/json', ...extra });
}

export function jsonNoCache(value: unknown): Response {
  return jsonOk(value, { 'Cache-Control': 'no-cache' });
}

export function httpMsg(state: JidotekiState, status: number, message?: string): Response {
  const body: Record<string, unknown> = { Status: `${status} ${reasonPhrase(status)}` };
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (message !== undefined) {
    body['Error-Message'] = message;
    headers['Error-Message'] = message;
  }
  if (status >= 400 && state.firstRunEnabled) body['First-Run'] = state.firstRunPending;
  return picoResponse(status, JSON.stringify(body), headers);
}

export function accepted(endpoint: string): Response {
  const location = `/api/v1/admin/${endpoint}`;
  return picoResponse(202, JSON.stringify({ Status: '202 Accepted', Location: location }), {
    Location: location,
    'Content-Type': 'application/json',
  });
}

export function plainText(text: string, lastModified?: number): Response {
  return picoResponse(
    200,
    text,
    { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache' },
    lastModified,
  );
}

export function attachment(bytes: Uint8Array, filename: string, contentType: string): Response {
  return picoResponse(200, bytes, {
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${filename}"`,
  });
}

export function html(markup: string): Response {
  return picoResponse(200, markup, { 'Content-Type': 'text/html; charset=utf-8' });
}

export function notImplemented(): Response {
  return picoResponse(
    501,
    '<HTML>\n<HEAD><TITLE>501 Not Implemented</TITLE></HEAD>\n<BODY><H1>Not Implemented</H1></BODY>\n</HTML>\n',
    { 'Content-Type': 'text/html; charset=utf-8' },
  );
}

export function ok(result: Response): SimOutcome {
  return { result };
}

export function rejected(result: Response): SimOutcome {
  return { result, rejectedForValidation: true };
}

export function joinLog(lines: readonly string[], count = 10): string | null {
  if (lines.length === 0) return null;
  return lines.slice(-count).join('\\n');
}

export function fullLog(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}
