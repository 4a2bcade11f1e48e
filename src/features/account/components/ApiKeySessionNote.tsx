import { EmptyState } from '@/components/EmptyState';

export function ApiKeySessionNote() {
  return (
    <EmptyState title="Signed in with an API key">
      An API key cannot read or change a user account. Sign out and sign in with a username and
      password to manage your profile and multi-factor authentication.
    </EmptyState>
  );
}
