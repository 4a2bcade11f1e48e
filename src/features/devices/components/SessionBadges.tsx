import { Badge } from '@mantine/core';
import type { Session } from '../api/schemas';

export function SessionStateBadge({ session }: { session: Session }) {
  return session.active ? (
    <Badge color="teal" variant="light">
      Active
    </Badge>
  ) : (
    <Badge variant="default">Ended</Badge>
  );
}

export function AuthBadge({ authenticated }: { authenticated: boolean }) {
  return (
    <Badge color={authenticated ? 'teal' : 'red'} variant="light">
      {authenticated ? 'Authenticated' : 'Not authenticated'}
    </Badge>
  );
}
