import { Alert } from '@mantine/core';
import { useMemo } from 'react';
import { ApiError, describeError } from '@/api/errors';
import { createShellHubClient } from '@/api/shellhub/client';
import { useCurrentConnection } from '@/connections/ConnectionContext';
import { targetOf } from '@/connections/target';

/** Calls of the sign-in steps: no credential is sent. */
export function usePublicClient() {
  const connection = useCurrentConnection();
  return useMemo(() => createShellHubClient(targetOf(connection), null), [connection]);
}

/** Status and server message, e.g. "401 Unauthorized: invalid verification code". */
export const failureText = (error: unknown) => describeError(error);

export function FormError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert" title="Could not continue">
      {message}
    </Alert>
  );
}

/** The server's reason for one field of a 400, if it gave one. */
export function serverFieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const fields = error.details.fields as Record<string, string> | undefined;
  return fields?.[field];
}
