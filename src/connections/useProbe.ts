import { queryOptions } from '@tanstack/react-query';
import { sessionStore } from '@/auth/sessionStore';
import { fleetLimiter } from './fleet/limiter';
import { probeConnection } from './probe';
import type { Connection } from './schema';
import { targetOf } from './target';

/** Keyed outside the connection's own tree: a probe survives sign-out clean-up. */
export function probeQuery(connection: Connection, signedInAt: string | undefined) {
  return queryOptions({
    queryKey: [
      'fleet',
      connection.id,
      connection.baseUrl,
      connection.proxyPath,
      signedInAt,
    ] as const,
    queryFn: ({ signal }) =>
      fleetLimiter.run(
        () =>
          probeConnection(
            connection.kind,
            targetOf(connection),
            sessionStore.get(connection.id)?.credential ?? null,
            signal,
          ),
        signal,
      ),
    staleTime: 60_000,
    refetchInterval: 60_000,
    refetchIntervalInBackground: false,
    retry: false,
  });
}
