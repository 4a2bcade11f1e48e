import { jsonResponse } from '../framework/http.ts';
import type { SimOutcome } from '../framework/types.ts';

let nextLogId = 1_700_000_000;

/** Success: `{"response": <payload>}`. */
export function vns3Response(payload: unknown, status = 200): SimOutcome {
  return { result: jsonResponse({ response: payload }, status) };
}

/** Error: `{"error": {"name", "log", "message"}}`. */
export function vns3ErrorResponse(status: number, name: string, message: string): Response {
  nextLogId += 1;
  return jsonResponse({ error: { name, log: String(nextLogId), message } }, status);
}

export function vns3Error(status: number, name: string, message: string): SimOutcome {
  return { result: vns3ErrorResponse(status, name, message) };
}

/** A 400 for input the documented rules refuse; counted as a validation rejection. */
export function badRequest(message: string, name = 'APIArgumentError'): SimOutcome {
  return { result: vns3ErrorResponse(400, name, message), rejectedForValidation: true };
}

export function notFound(message: string): SimOutcome {
  return vns3Error(404, 'APINotFoundError', message);
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
    outcome: badRequest('Request body must be a JSON object', 'APIBadRequestError'),
  };
}
