import { Alert } from '@mantine/core';
import { describeGatewayError, missingScopes } from '../api/scopeError';

/** Why an action failed: the missing scope, or the server's status and message. */
export function MutationError({ error, title }: { error: unknown; title: string }) {
  if (!error) return null;
  const scope = missingScopes(error) !== null;
  return (
    <Alert color={scope ? 'orange' : 'red'} role="alert" title={title}>
      {describeGatewayError(error)}
    </Alert>
  );
}
