import { ApiError } from '@/api/errors';

/** `{"fields": {name: reason}}` of a ShellHub 400 or 409, if any. */
export function serverFields(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const fields = error.details.fields;
  return typeof fields === 'object' && fields !== null ? (fields as Record<string, string>) : {};
}
