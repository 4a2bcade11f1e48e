import { ApiError } from '@/api/errors';

/** A DRF validation answer: `{"field": ["message", …]}` (400). */
export function drfFieldErrors(error: unknown): Record<string, string> | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const body = error.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  if ('detail' in body) return null;
  const fields: Record<string, string> = {};
  for (const [field, messages] of Object.entries(body as Record<string, unknown>)) {
    if (Array.isArray(messages)) fields[field] = messages.map(String).join(' ');
    else if (typeof messages === 'string') fields[field] = messages;
  }
  return Object.keys(fields).length > 0 ? fields : null;
}

/**
 * Puts each server message on its form field; what no field shows (non_field_errors, unknown
 * fields) comes back for an alert.
 */
export function applyFieldErrors(
  error: unknown,
  fields: readonly string[],
  setError: (field: string, message: string) => void,
): string[] {
  const errors = drfFieldErrors(error);
  if (!errors) return [];
  const rest: string[] = [];
  for (const [field, message] of Object.entries(errors)) {
    if (fields.includes(field)) setError(field, message);
    else rest.push(field === 'non_field_errors' ? message : `${field}: ${message}`);
  }
  return rest;
}

/** "Your account cannot <action>" for a 403, with the hub's own detail. */
export function forbiddenMessage(error: unknown, action: string): string | null {
  if (!(error instanceof ApiError) || error.status !== 403) return null;
  return `Your account cannot ${action}: ${error.message}`;
}
