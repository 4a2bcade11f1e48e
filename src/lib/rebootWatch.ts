import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, NetworkError, isAbortError } from '@/api/errors';

export const REBOOT_GIVE_UP_MS = 10 * 60_000;
/** A request to a host that is going down can hang; past this it counts as no answer. */
export const REBOOT_REQUEST_TIMEOUT_MS = 5000;

/** 1 s, 2 s, 4 s, then every 5 s. */
export function rebootPollDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 5000);
}

export type RebootPhase =
  /** Still answering: about to go down. */
  | 'going-down'
  /** Stopped answering; waiting for it to answer again. */
  | 'coming-back'
  | 'back'
  | 'gave-up';

export interface RebootWatchState {
  phase: RebootPhase;
  startedAt: number;
}

export type Probe = 'up' | 'down' | 'error';

/** One request to the backend; resolves when it answers with success. */
export type RebootProbe = (signal: AbortSignal) => Promise<unknown>;

/** No answer, no answer in time, or a 502/503 from a proxy in front of it: the host is down. */
export function classifyProbeError(error: unknown): Probe {
  if (error instanceof NetworkError || isAbortError(error)) return 'down';
  if (error instanceof ApiError && (error.status === 502 || error.status === 503)) return 'down';
  return 'error';
}

async function runProbe(
  probe: RebootProbe,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Probe> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const stop = () => timeout.abort();
  signal.addEventListener('abort', stop, { once: true });
  try {
    await probe(timeout.signal);
    return 'up';
  } catch (error) {
    if (signal.aborted) throw error;
    return classifyProbeError(error);
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

export interface RebootWatchOptions {
  onBack: () => void;
  giveUpAfterMs?: number;
  requestTimeoutMs?: number;
}

/**
 * Follows a reboot by calling `probe` with backoff: first until the backend stops answering,
 * then until it answers again. Gives up after `giveUpAfterMs` (keepWaiting resumes).
 */
export function useRebootWatch(
  probe: RebootProbe,
  {
    onBack,
    giveUpAfterMs = REBOOT_GIVE_UP_MS,
    requestTimeoutMs = REBOOT_REQUEST_TIMEOUT_MS,
  }: RebootWatchOptions,
) {
  const [state, setState] = useState<RebootWatchState | null>(null);
  const controller = useRef<AbortController | null>(null);
  const wentDown = useRef(false);
  const onBackRef = useRef(onBack);
  const probeRef = useRef(probe);
  useEffect(() => {
    onBackRef.current = onBack;
    probeRef.current = probe;
  });

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
          const result = await runProbe(probeRef.current, abort.signal, requestTimeoutMs);
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
    [requestTimeoutMs],
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
