import { EmptyState } from '@/components/EmptyState';

/** Signed in, but the namespace and role are not known (e.g. the session predates them). */
export function NoIdentity({ title }: { title: string }) {
  return (
    <EmptyState title={title} pageTitle>
      The console does not know which namespace this session is signed in to. Sign out and sign in
      again to manage it.
    </EmptyState>
  );
}
