import type { QueryClient } from '@tanstack/react-query';
import { sessionStore } from './sessionStore';

/** When a session ends, drop everything cached for that connection: the next user sees nothing stale. */
export function startSessionCleanup(queryClient: QueryClient): () => void {
  let previous = new Set(sessionStore.snapshot().keys());
  return sessionStore.subscribe(() => {
    const current = new Set(sessionStore.snapshot().keys());
    for (const connectionId of previous) {
      if (!current.has(connectionId)) queryClient.removeQueries({ queryKey: [connectionId] });
    }
    previous = current;
  });
}
