import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

export type ApplyPhase = 'idle' | 'applying' | 'applied' | 'timeout';

interface Pending<S> {
  sent: S;
  startedAt: number;
}

const POLL_MS = 1000;

/** Whole seconds since `startedAt`, ticking every second; 0 when null. */
export function useElapsedSeconds(startedAt: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [startedAt]);
  return startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000));
}

/**
 * Settings POSTs answer 202 and have no status to poll: GET the settings every second until
 * they show what was sent (read after the POST), or until `timeoutSeconds` have passed.
 */
export function useApplyTracker<T, S, K extends QueryKey>(
  options: UseQueryOptions<T, Error, T, K>,
  reflects: (sent: S, data: T | undefined) => boolean,
  timeoutSeconds = 120,
) {
  const [pending, setPending] = useState<Pending<S> | null>(null);
  const isApplied = (data: T | undefined, updatedAt: number) =>
    pending !== null && updatedAt >= pending.startedAt && reflects(pending.sent, data);
  const query = useQuery({
    ...options,
    refetchInterval: (current) =>
      pending !== null &&
      !isApplied(current.state.data, current.state.dataUpdatedAt) &&
      Date.now() - pending.startedAt < timeoutSeconds * 1000
        ? POLL_MS
        : false,
    refetchIntervalInBackground: true,
  });
  const applied = isApplied(query.data, query.dataUpdatedAt);
  const elapsed = useElapsedSeconds(pending && !applied ? pending.startedAt : null);
  const phase: ApplyPhase =
    pending === null
      ? 'idle'
      : applied
        ? 'applied'
        : elapsed >= timeoutSeconds
          ? 'timeout'
          : 'applying';

  return {
    query,
    phase,
    elapsed,
    sent: pending?.sent,
    /** Start watching for `sent` (call after the 202). */
    track: (sent: S) => setPending({ sent, startedAt: Date.now() }),
    /** After a timeout: watch for the same settings again. */
    retry: () => {
      if (pending) setPending({ sent: pending.sent, startedAt: Date.now() });
      void query.refetch();
    },
    reset: () => setPending(null),
  };
}
