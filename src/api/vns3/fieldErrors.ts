import { ApiError } from '../errors';

/**
 * VNS3 answers 400 with one message such as "remote_subnet must be a CIDR". When it starts with
 * one of the form's wire field names, the message belongs next to that field.
 */
export function fieldOfVns3Error<F extends string>(
  error: unknown,
  fields: Record<string, F>,
): { field: F; message: string } | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const wire = Object.keys(fields)
    .sort((a, b) => b.length - a.length)
    .find((name) => new RegExp(`^${name}\\b`).test(error.message));
  const field = wire === undefined ? undefined : fields[wire];
  return field === undefined ? null : { field, message: error.message };
}

export const isPrerequisiteError = (error: unknown) =>
  error instanceof ApiError &&
  error.status === 403 &&
  error.details.errorName === 'PrerequisiteError';
