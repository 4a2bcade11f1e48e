import { ApiError, NetworkError } from '@/api/errors';

/** Where a failed sign-in is shown: on the secret field, or above the form. */
export function describeSignInFailure(
  error: unknown,
  rejectedStatuses: number[],
): { field?: string; form?: string } {
  if (error instanceof ApiError && rejectedStatuses.includes(error.status)) {
    return {
      field: `Rejected by the backend (${error.status} ${error.message}). Check it and try again.`,
    };
  }
  if (error instanceof ApiError) {
    return { form: `The backend answered ${error.status} ${error.statusText}: ${error.message}` };
  }
  if (error instanceof NetworkError) {
    return {
      form: `${error.message} Check the base URL, that the backend is up, and that it allows requests from this console (or use a proxy path).`,
    };
  }
  return { form: error instanceof Error ? error.message : String(error) };
}
