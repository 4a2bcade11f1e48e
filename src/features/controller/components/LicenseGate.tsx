import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { ApiError } from '@/api/errors';
import { ErrorState } from '@/components/ErrorState';
import { useCurrentConnection } from '@/connections/ConnectionContext';

/** Where a 403 prerequisite is fixed: "Must be licensed first." or "Keyset is missing". */
function fixFor(message: string): { path: string; label: string; lead: string } | null {
  if (/licen[cs]ed/i.test(message)) {
    return { path: 'license', label: 'open Licence', lead: 'License the controller first: ' };
  }
  if (/keyset/i.test(message)) {
    return { path: 'keyset', label: 'open Keyset', lead: 'Generate the keyset first: ' };
  }
  return null;
}

/** A 403 explained (with a link to where it is fixed, when there is one); other errors as usual. */
export function PrerequisiteOrError({
  error,
  what,
  onRetry,
}: {
  error: unknown;
  what: string;
  onRetry: () => void;
}) {
  const connection = useCurrentConnection();
  if (error instanceof ApiError && error.status === 403) {
    const fix = fixFor(error.message);
    return (
      <Alert color="yellow" variant="light" title={error.message} role="alert">
        {fix ? (
          <>
            {fix.lead}
            <Anchor component={Link} to={`/c/${connection.id}/controller/${fix.path}`}>
              {fix.label}
            </Anchor>
            .
          </>
        ) : (
          `The controller refuses to show ${what} (403).`
        )}
      </Alert>
    );
  }
  return <ErrorState error={error} what={what} onRetry={onRetry} />;
}
