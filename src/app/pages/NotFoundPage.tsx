import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';

export function NotFoundPage() {
  return (
    <EmptyState
      title="Page not found"
      pageTitle
      action={
        <Button component={Link} to="/">
          Back to the fleet
        </Button>
      }
    >
      There is nothing at this address. It may belong to a module this backend does not offer.
    </EmptyState>
  );
}
