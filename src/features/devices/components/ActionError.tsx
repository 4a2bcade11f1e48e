import { Alert } from '@mantine/core';
import { describeError } from './permissions';

/** Why an action failed, shown next to where it was asked for. */
export function ActionError({
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
      {describeError(error, action)}
    </Alert>
  );
}
