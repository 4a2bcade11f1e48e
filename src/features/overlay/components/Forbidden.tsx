import { Alert, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryBoundary } from '@/components/QueryBoundary';
import { forbiddenMessage } from '../api/drfErrors';

/** QueryBoundary, but a 403 says what this account cannot do rather than "failed". */
export function OverlayBoundary<T>({
  query,
  what,
  action,
  children,
}: {
  query: UseQueryResult<T>;
  what: string;
  /** e.g. "view users" */
  action: string;
  children: (data: T) => ReactNode;
}) {
  const message = query.isError ? forbiddenMessage(query.error, action) : null;
  if (message) return <ForbiddenAlert message={message} />;
  return (
    <QueryBoundary query={query} what={what}>
      {children}
    </QueryBoundary>
  );
}

export function ForbiddenAlert({ message }: { message: string }) {
  return (
    <Alert color="orange" variant="light" title="Not allowed for this account" role="alert">
      <Text size="sm">{message}</Text>
    </Alert>
  );
}
