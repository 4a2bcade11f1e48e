export interface Limiter {
  /** Runs `task` once fewer than `max` tasks are running (and the page is visible). */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly active: number;
  readonly queued: number;
}

export interface VisibilitySource {
  isHidden(): boolean;
  /** Calls `listener` on every visibility change; returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
}

export const documentVisibility: VisibilitySource = {
  isHidden: () => typeof document !== 'undefined' && document.visibilityState === 'hidden',
  onChange(listener) {
    if (typeof document === 'undefined') return () => undefined;
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
};

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * Bounded concurrency, first come first served. Queued tasks do not start while the page is
 * hidden; a task whose signal aborts while queued never starts.
 */
export function createLimiter(
  max: number,
  visibility: VisibilitySource = documentVisibility,
): Limiter {
  let active = 0;
  const queue: (() => void)[] = [];

  function pump() {
    while (active < max && queue.length > 0 && !visibility.isHidden()) queue.shift()!();
  }
  visibility.onChange(pump);

  return {
    get active() {
      return active;
    },
    get queued() {
      return queue.length;
    },
    run(task, signal) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) {
          reject(abortError());
          return;
        }
        const start = () => {
          signal?.removeEventListener('abort', cancel);
          active += 1;
          task()
            .then(resolve, reject)
            .finally(() => {
              active -= 1;
              pump();
            });
        };
        const cancel = () => {
          const index = queue.indexOf(start);
          if (index >= 0) queue.splice(index, 1);
          reject(abortError());
        };
        signal?.addEventListener('abort', cancel, { once: true });
        queue.push(start);
        pump();
      });
    },
  };
}

/** At most six probes at a time, as many as a browser opens to one HTTP/1.1 origin. */
export const FLEET_CONCURRENCY = 6;
export const fleetLimiter = createLimiter(FLEET_CONCURRENCY);
