import { jsonResponse, reasonPhrase } from '../framework/http.ts';
import type { SimOutcome } from '../framework/types.ts';

export function json(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): SimOutcome {
  return { result: jsonResponse(body, status, headers) };
}

export function empty(status: number, headers: Record<string, string> = {}): SimOutcome {
  return { result: new Response(null, { status, statusText: reasonPhrase(status), headers }) };
}

/** ShellHub's error body: `{"message": string, "fields"?: {field: reason}}`. */
export function message(status: number, text: string): SimOutcome {
  return { result: jsonResponse({ message: text }, status) };
}

/** 400 with per-field reasons; counted as a validation rejection. */
export function invalid(fields: Record<string, string>): SimOutcome {
  return {
    result: jsonResponse({ message: 'invalid entity', fields }, 400),
    rejectedForValidation: true,
  };
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export type JsonObjectBody =
  { ok: true; value: Record<string, unknown> } | { ok: false; outcome: SimOutcome };

/** Reads a JSON object body; an empty body counts as `{}`. */
export async function readJsonObject(request: Request): Promise<JsonObjectBody> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    const value = JSON.parse(text) as unknown;
    if (isRecord(value)) return { ok: true, value };
  } catch {
    // answered below
  }
  return {
    ok: false,
    outcome: {
      result: jsonResponse({ message: 'invalid JSON body' }, 400),
      rejectedForValidation: true,
    },
  };
}

/**
 * `page` (>= 1, default 1) and `per_page` (1–100, default 10); the body is the bare page, the
 * total is in `X-Total-Count`.
 */
export function paginate<T>(items: readonly T[], url: URL): SimOutcome {
  const page = Number(url.searchParams.get('page') ?? '1');
  const perPage = Number(url.searchParams.get('per_page') ?? '10');
  if (!Number.isInteger(page) || page < 1) return invalid({ page: 'must be at least 1' });
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
    return invalid({ per_page: 'must be between 1 and 100' });
  }
  const start = (page - 1) * perPage;
  return json(items.slice(start, start + perPage), 200, { 'X-Total-Count': String(items.length) });
}
