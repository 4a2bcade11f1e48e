import { jsonResponse, reasonPhrase } from '../framework/http.ts';
import type { SimOutcome } from '../framework/types.ts';

/** Echo's default error handler: `{"message": "…"}` with the status. */
export function message(status: number, text: string): Response {
  return jsonResponse({ message: text }, status);
}

export function plain(status: number, text: string, headers: Record<string, string> = {}) {
  return new Response(text, {
    status,
    statusText: reasonPhrase(status),
    headers: { 'Content-Type': 'text/plain; charset=UTF-8', ...headers },
  });
}

export function empty(status: number): Response {
  return new Response(null, { status, statusText: reasonPhrase(status) });
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return jsonResponse(body, status, headers);
}

export function ok(result: Response): SimOutcome {
  return { result };
}

export function rejected(result: Response): SimOutcome {
  return { result, rejectedForValidation: true };
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

export async function readJson(request: Request): Promise<JsonBody> {
  const text = await request.text();
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: message(400, 'Invalid JSON body') };
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
