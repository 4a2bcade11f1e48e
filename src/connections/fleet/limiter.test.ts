import { describe, expect, it } from 'vitest';
import { type VisibilitySource, createLimiter } from './limiter';

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function fakeVisibility(hidden = false) {
  const listeners = new Set<() => void>();
  const source: VisibilitySource & { set(hidden: boolean): void } = {
    isHidden: () => hidden,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      hidden = next;
      listeners.forEach((listener) => listener());
    },
  };
  return source;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createLimiter', () => {
  it('never runs more than max tasks at once and runs every task', async () => {
    const limiter = createLimiter(3, fakeVisibility());
    let running = 0;
    let peak = 0;
    const gates = Array.from({ length: 10 }, deferred);
    const results = gates.map((gate, index) =>
      limiter.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await gate.promise;
        running -= 1;
        return index;
      }),
    );
    await flush();
    expect(limiter.active).toBe(3);
    expect(limiter.queued).toBe(7);
    for (const gate of gates) {
      gate.resolve();
      await flush();
    }
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(3);
  });

  it('starts nothing while the page is hidden, and resumes when it is shown', async () => {
    const visibility = fakeVisibility(true);
    const limiter = createLimiter(2, visibility);
    const started: number[] = [];
    const done = [1, 2, 3].map((n) => limiter.run(async () => void started.push(n)));
    await flush();
    expect(started).toEqual([]);
    visibility.set(false);
    await Promise.all(done);
    expect(started).toEqual([1, 2, 3]);
  });

  it('drops a queued task whose signal aborts, and rejects with AbortError', async () => {
    const limiter = createLimiter(1, fakeVisibility());
    const gate = deferred();
    const first = limiter.run(() => gate.promise);
    const controller = new AbortController();
    let ran = false;
    const second = limiter.run(async () => void (ran = true), controller.signal);
    controller.abort();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    gate.resolve();
    await first;
    await flush();
    expect(ran).toBe(false);
    expect(limiter.queued).toBe(0);
  });

  it('passes a failure through and frees the slot', async () => {
    const limiter = createLimiter(1, fakeVisibility());
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run(async () => 'next')).toBe('next');
  });
});
