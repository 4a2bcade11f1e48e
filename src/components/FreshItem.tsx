import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryBoundary } from './QueryBoundary';

/** Reads one item fresh before editing it. */
export function FreshItem<T, K extends QueryKey>({
  options,
  what,
  skeletonHeight = 120,
  children,
}: {
  options: UseQueryOptions<T, Error, T, K>;
  what: string;
  skeletonHeight?: number;
  children: (item: T) => ReactNode;
}) {
  const query = useQuery(options);
  return (
    <QueryBoundary query={query} what={what} skeletonHeight={skeletonHeight}>
      {children}
    </QueryBoundary>
  );
}
