import { Alert } from '@mantine/core';
import { describeFailure } from '../api/roles';

/** A failed action inside a form or dialog: the server's status and message, or the role. */
export function FailureAlert({
  error,
  title,
  action,
}: {
  error: unknown;
  title: string;
  action: string;
}) {
  if (!error) return null;
  return (
    <Alert color="red" role="alert" title={title}>
      {describeFailure(error, action)}
    </Alert>
  );
}
