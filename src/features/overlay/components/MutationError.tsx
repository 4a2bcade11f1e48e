import { Alert, Text } from '@mantine/core';
import { describeError } from '@/api/errors';
import { drfFieldErrors, forbiddenMessage } from '../api/drfErrors';

/**
 * A failed save or delete: a 403 as what the account cannot do, field errors are on the fields
 * (only leftovers listed here), anything else with the hub's status and message.
 */
export function MutationError({
  error,
  action,
  leftovers = [],
}: {
  error: unknown;
  action: string;
  leftovers?: string[];
}) {
  if (!error) return null;
  const forbidden = forbiddenMessage(error, action);
  if (forbidden) {
    return (
      <Alert color="orange" variant="light" title="Not allowed for this account" role="alert">
        <Text size="sm">{forbidden}</Text>
      </Alert>
    );
  }
  if (drfFieldErrors(error) && leftovers.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={`Could not ${action}`} role="alert">
      <Text size="sm">{leftovers.length > 0 ? leftovers.join(' ') : describeError(error)}</Text>
    </Alert>
  );
}
