import { Alert, Text } from '@mantine/core';
import { ApiError, describeError } from '@/api/errors';

/** A failed request in a form: the server's status and message, next to what was typed. */
export function MutationError({ error, title }: { error: unknown; title: string }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {error instanceof ApiError ? `${error.status}: ${error.message}` : describeError(error)}
    </Alert>
  );
}

/** A failed request inside a confirm dialog: one line under the question. */
export function ErrorLine({ error }: { error: unknown }) {
  return (
    <Text span display="block" mt="sm" c="var(--mantine-color-error)" role="alert">
      {describeError(error)}
    </Text>
  );
}
