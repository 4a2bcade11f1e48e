import { Skeleton } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';

/** Loading skeleton, error with retry, or the data. */
export function QueryBoundary<T>({
  query,
  what,
  skeletonHeight = 120,
  notFoundTitle,
  children,
}: {
  notFoundTitle?: string;
  query: UseQueryResult<T>;
  what: string;
  skeletonHeight?: number;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return <Skeleton height={skeletonHeight} radius="md" aria-label={`Loading ${what}`} />;
  }
  if (query.isError) {
    return (
      <ErrorState
        error={query.error}
        what={what}
        onRetry={() => void query.refetch()}
        {...(notFoundTitle ? { notFoundTitle } : {})}
      />
    );
  }
  return <>{children(query.data)}</>;
}
