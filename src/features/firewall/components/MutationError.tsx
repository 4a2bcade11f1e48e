import { Alert } from '@mantine/core';
import { ApiError } from '@/api/errors';

/** Why a change failed, with the controller's status and message. */
export function MutationError({ error, title }: { error: unknown; title: string }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" role="alert" title={title}>
      {error instanceof ApiError ? `${error.status}: ${message}` : message}
    </Alert>
  );
}
