import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import type { HttpClient } from '@/api/http';
import { sessionStore } from '@/auth/sessionStore';
import { clientForSession } from '@/auth/useConnectionClient';
import { connectionStore } from '@/connections/store';

/** Starts a page's queries for a signed-in connection (it should not wait for them). */
export type PagePrefetch = (
  queryClient: QueryClient,
  connectionId: string,
  client: HttpClient,
) => void;

/**
 * A route loader that starts the page's queries when the navigation starts, alongside the
 * download of the page's code, instead of after its first render. It returns at once, so the
 * navigation never waits for data; the page's own queries then find the requests in flight.
 */
export function prefetchLoader(load: () => Promise<PagePrefetch>) {
  return ({ params }: LoaderFunctionArgs) => {
    const id = params.connectionId;
    const connection = id ? connectionStore.get(id) : undefined;
    const session = id ? sessionStore.get(id) : undefined;
    if (connection && session) {
      void Promise.all([load(), import('./queryClient')])
        .then(([prefetch, { getQueryClient }]) =>
          prefetch(getQueryClient(), connection.id, clientForSession(connection, session)),
        )
        // The page's queries run anyway and show any failure.
        .catch(() => undefined);
    }
    return null;
  };
}
