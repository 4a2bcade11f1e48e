import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, createElement } from 'react';
import { ApiError, NetworkError, SchemaError } from '@/api/errors';
import { startSessionCleanup } from '@/auth/sessionCleanup';

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError) return error.status >= 500 && failureCount < 2;
  if (error instanceof SchemaError) return false;
  if (error instanceof NetworkError) return failureCount < 1;
  return failureCount < 1;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

let shared: QueryClient | undefined;

/**
 * The console's one query client, created with the first screen that queries (the sign-in page
 * does not need it to paint), so TanStack Query loads with those screens' chunks.
 */
export function getQueryClient(): QueryClient {
  if (!shared) {
    shared = createQueryClient();
    startSessionCleanup(shared);
  }
  return shared;
}

/** Every subtree that queries is wrapped in this; all of them share one cache. */
export function QueryProvider({ children }: { children: ReactNode }) {
  return createElement(QueryClientProvider, { client: getQueryClient() }, children);
}
