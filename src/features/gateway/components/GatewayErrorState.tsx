import { Alert, Button, Group, Text } from '@mantine/core';
import { ErrorState } from '@/components/ErrorState';
import { lacksScopeMessage, missingScopes } from '../api/scopeError';

/** A failed gateway request; a token without the scope a route needs is told which scope. */
export function GatewayErrorState({
  error,
  what,
  onRetry,
  notFoundTitle,
}: {
  error: unknown;
  what?: string;
  onRetry?: () => void;
  notFoundTitle?: string;
}) {
  const scopes = missingScopes(error);
  if (!scopes) {
    return (
      <ErrorState
        error={error}
        {...(what ? { what } : {})}
        {...(onRetry ? { onRetry } : {})}
        {...(notFoundTitle ? { notFoundTitle } : {})}
      />
    );
  }
  return (
    <Alert color="orange" variant="light" title={lacksScopeMessage(scopes)} role="alert">
      <Text size="sm">
        {what ? `Could not load ${what}. ` : ''}The gateway answered 403: the API token you signed
        in with does not have {scopes.length > 1 ? 'these scopes' : 'this scope'}. Create a token
        that has {scopes.join(' and ')} on the server (Settings, API Tokens), then sign in with it.
      </Text>
      {onRetry ? (
        <Group mt="sm">
          <Button size="xs" variant="light" color="orange" onClick={onRetry}>
            Retry
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
