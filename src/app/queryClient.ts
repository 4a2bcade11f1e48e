import { QueryClient } from '@tanstack/react-query';
import { ApiError, NetworkError, SchemaError } from '@/api/errors';

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
