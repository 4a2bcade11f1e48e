import { QueryClient } from '@tanstack/react-query';
import { ApiError, NetworkError, SchemaError } from '@/api/errors';
import { startAuditTrail } from './audit/install';

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError) return error.status >= 500 && failureCount < 2;
  if (error instanceof SchemaError) return false;
  if (error instanceof NetworkError) return failureCount < 1;
  return failureCount < 1;
}

/** The console's query client; creating it also starts the audit trail of this tab's changes. */
export function createQueryClient(): QueryClient {
  startAuditTrail();
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
