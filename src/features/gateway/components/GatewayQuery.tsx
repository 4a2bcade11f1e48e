import { Skeleton } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { GatewayErrorState } from './GatewayErrorState';

/** QueryBoundary for the gateway: loading skeleton, scope-aware error with retry, or the data. */
export function GatewayQuery<T>({
  query,
  what,
  skeletonHeight = 120,
  notFoundTitle,
  children,
}: {
  query: UseQueryResult<T>;
  what: string;
  skeletonHeight?: number;
  notFoundTitle?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return <Skeleton height={skeletonHeight} radius="md" aria-label={`Loading ${what}`} />;
  }
  if (query.isError) {
    return (
      <GatewayErrorState
        error={query.error}
        what={what}
        onRetry={() => void query.refetch()}
        {...(notFoundTitle ? { notFoundTitle } : {})}
      />
    );
  }
  return <>{children(query.data)}</>;
}
