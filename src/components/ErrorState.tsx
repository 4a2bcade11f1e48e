import { Alert, Button, Group, Text } from '@mantine/core';
import { ApiError, NetworkError, SchemaError } from '@/api/errors';

function titleFor(error: unknown, notFoundTitle: string): string {
  if (error instanceof NetworkError) return 'Backend unreachable';
  if (error instanceof ApiError) {
    if (error.status === 404) return notFoundTitle;
    if (error.status === 403) return 'Access denied';
    return `The backend answered ${error.status} ${error.statusText}`.trim();
  }
  if (error instanceof SchemaError) return 'Unexpected response';
  return 'Something went wrong';
}

/** A failed request: what happened, the server's own message, and a way to try again. */
export function ErrorState({
  error,
  onRetry,
  what,
  notFoundTitle = 'Not found on this backend',
}: {
  error: unknown;
  onRetry?: () => void;
  what?: string;
  /** Title for a 404, e.g. "Not enabled on this appliance" for an optional endpoint. */
  notFoundTitle?: string;
}) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" variant="light" title={titleFor(error, notFoundTitle)} role="alert">
      {what ? (
        <Text size="sm" mb={4}>
          Could not load {what}.
        </Text>
      ) : null}
      <Text size="sm">
        {error instanceof ApiError ? `${error.status}: ` : ''}
        {message}
      </Text>
      {onRetry ? (
        <Group mt="sm">
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            Retry
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
