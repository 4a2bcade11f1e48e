import { useCallback, useEffect, useRef, useState } from 'react';
import { NetworkError, isAbortError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { fetchVersion } from '@/api/jidoteki/version';

export const REBOOT_GIVE_UP_MS = 10 * 60_000;
/** A request to a host that is going down can hang; past this it counts as no answer. */
export const REBOOT_REQUEST_TIMEOUT_MS = 5000;

/** 1 s, 2 s, 4 s, then every 5 s. */
export function rebootPollDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 5000);
}

export type RebootPhase =
  /** Still answering: backing up before the reboot. */
  | 'going-down'
  /** Stopped answering; waiting for it to answer again. */
  | 'coming-back'
  | 'back'
  | 'gave-up';

export interface RebootWatchState {
  phase: RebootPhase;
  startedAt: number;
}

/** `up`: a 200; `down`: no HTTP answer at all (or none in time); `error`: an HTTP error status. */
type Probe = 'up' | 'down' | 'error';

async function probe(client: HttpClient, signal: AbortSignal, timeoutMs: number): Promise<Probe> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const stop = () => timeout.abort();
  signal.addEventListener('abort', stop, { once: true });
  try {
    await fetchVersion(client, timeout.signal);
    return 'up';
  } catch (error) {
    if (signal.aborted) throw error;
    return error instanceof NetworkError || isAbortError(error) ? 'down' : 'error';
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      reject(new DOMException('Stopped', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal.addEventListener('abort', stop, { once: true });
  });
}

/**
 * Follows a reboot by polling GET /version with backoff: first until the appliance stops
 * answering, then until it answers again. Gives up after `giveUpAfterMs` (keepWaiting resumes).
 */
export function useRebootWatch(
  client: HttpClient,
  {
    onBack,
    giveUpAfterMs = REBOOT_GIVE_UP_MS,
    requestTimeoutMs = REBOOT_REQUEST_TIMEOUT_MS,
  }: { onBack: () => void; giveUpAfterMs?: number; requestTimeoutMs?: number },
) {
  const [state, setState] = useState<RebootWatchState | null>(null);
  const controller = useRef<AbortController | null>(null);
  const onBackRef = useRef(onBack);
  useEffect(() => {
    onBackRef.current = onBack;
  });

  const wentDown = useRef(false);

  const run = useCallback(
    async (startedAt: number, deadline: number) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      let attempt = 0;
      setState({ phase: wentDown.current ? 'coming-back' : 'going-down', startedAt });
      try {
        for (;;) {
          const delay = rebootPollDelay(attempt);
          if (Date.now() + delay > deadline) {
            await sleep(Math.max(0, deadline - Date.now()), abort.signal);
            setState({ phase: 'gave-up', startedAt });
            return;
          }
          await sleep(delay, abort.signal);
          attempt += 1;
          const result = await probe(client, abort.signal, requestTimeoutMs);
          if (!wentDown.current && result === 'down') {
            wentDown.current = true;
            attempt = 0;
            setState({ phase: 'coming-back', startedAt });
          } else if (wentDown.current && result === 'up') {
            setState({ phase: 'back', startedAt });
            onBackRef.current();
            return;
          }
        }
      } catch (error) {
        if (!abort.signal.aborted) throw error;
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [client, requestTimeoutMs],
  );

  const start = useCallback(() => {
    const now = Date.now();
    wentDown.current = false;
    void run(now, now + giveUpAfterMs);
  }, [run, giveUpAfterMs]);

  const keepWaiting = useCallback(() => {
    if (state) void run(state.startedAt, Date.now() + giveUpAfterMs);
  }, [run, state, giveUpAfterMs]);

  const stop = useCallback(() => {
    controller.current?.abort();
    setState(null);
  }, []);

  useEffect(() => () => controller.current?.abort(), []);

  return { state, start, keepWaiting, stop };
}
