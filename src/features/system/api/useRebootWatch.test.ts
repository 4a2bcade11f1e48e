import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJidotekiClient } from '@/api/jidoteki/client';
import { jsonResponse } from '@/test/fetchStub';
import { REBOOT_GIVE_UP_MS, rebootPollDelay, useRebootWatch } from './useRebootWatch';

type Mode = 'up' | 'down' | 'hang' | 'error';

/** fetch that answers by the appliance's current mode, and records the paths it was asked. */
function applianceFetch(initial: Mode) {
  let mode = initial;
  const paths: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    paths.push(`${url.pathname}${url.search}`);
    switch (mode) {
      case 'up':
        return jsonResponse({ version: '1.0.0' });
      case 'error':
        return jsonResponse({ Status: '500 Internal Server Error' }, { status: 500 });
      case 'down':
        throw new TypeError('Failed to fetch');
      case 'hang':
        return new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        });
    }
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    paths,
    set(next: Mode) {
      mode = next;
    },
  };
}

function setup(initial: Mode, options: { giveUpAfterMs?: number } = {}) {
  const appliance = applianceFetch(initial);
  const client = createJidotekiClient({ baseUrl: 'https://appliance.example' }, null);
  const onBack = vi.fn();
  const hook = renderHook(() => useRebootWatch(client, { onBack, ...options }));
  return { appliance, onBack, hook };
}

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('rebootPollDelay', () => {
  it('backs off 1 s, 2 s, 4 s, then stays at 5 s', () => {
    expect([0, 1, 2, 3, 4, 10].map(rebootPollDelay)).toEqual([1000, 2000, 4000, 5000, 5000, 5000]);
  });
});

describe('useRebootWatch', () => {
  it('waits for the appliance to go away, then to come back, then calls onBack once', async () => {
    const { appliance, onBack, hook } = setup('up');
    act(() => hook.result.current.start());
    expect(hook.result.current.state?.phase).toBe('going-down');
    const startedAt = hook.result.current.state?.startedAt;

    await advance(999);
    expect(appliance.paths).toHaveLength(0);
    await advance(1);
    expect(appliance.paths).toEqual(['/api/v1/admin/version']);
    expect(hook.result.current.state?.phase).toBe('going-down');

    appliance.set('down');
    await advance(2000);
    expect(appliance.paths).toHaveLength(2);
    expect(hook.result.current.state?.phase).toBe('coming-back');

    // the backoff starts again at 1 s once it is down: 1 s, 2 s, 4 s, 5 s
    await advance(1000);
    expect(appliance.paths).toHaveLength(3);
    await advance(2000);
    expect(appliance.paths).toHaveLength(4);
    await advance(4000);
    expect(appliance.paths).toHaveLength(5);
    appliance.set('up');
    await advance(4999);
    expect(appliance.paths).toHaveLength(5);
    expect(onBack).not.toHaveBeenCalled();
    await advance(1);
    expect(appliance.paths).toHaveLength(6);
    expect(hook.result.current.state).toEqual({ phase: 'back', startedAt });
    expect(onBack).toHaveBeenCalledTimes(1);

    await advance(60_000);
    expect(appliance.paths).toHaveLength(6);
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('does not count an HTTP error as going away, nor as coming back', async () => {
    const { appliance, onBack, hook } = setup('error');
    act(() => hook.result.current.start());
    await advance(1000 + 2000 + 4000);
    expect(appliance.paths).toHaveLength(3);
    expect(hook.result.current.state?.phase).toBe('going-down');

    appliance.set('down');
    await advance(5000);
    expect(hook.result.current.state?.phase).toBe('coming-back');
    appliance.set('error');
    await advance(1000 + 2000 + 4000);
    expect(hook.result.current.state?.phase).toBe('coming-back');
    expect(onBack).not.toHaveBeenCalled();
  });

  it('counts a request that gets no answer in 5 s as the appliance being away', async () => {
    const { appliance, hook } = setup('hang');
    act(() => hook.result.current.start());
    await advance(1000);
    expect(appliance.paths).toHaveLength(1);
    expect(hook.result.current.state?.phase).toBe('going-down');
    await advance(5000);
    expect(hook.result.current.state?.phase).toBe('coming-back');
  });

  it('gives up after 10 minutes without an answer, and keeps waiting when asked', async () => {
    const { appliance, onBack, hook } = setup('down');
    act(() => hook.result.current.start());
    const startedAt = hook.result.current.state?.startedAt;
    await advance(REBOOT_GIVE_UP_MS - 1000);
    expect(hook.result.current.state?.phase).toBe('coming-back');
    await advance(1000);
    expect(hook.result.current.state).toEqual({ phase: 'gave-up', startedAt });

    const asked = appliance.paths.length;
    await advance(60_000);
    expect(appliance.paths).toHaveLength(asked);

    act(() => hook.result.current.keepWaiting());
    expect(hook.result.current.state).toEqual({ phase: 'coming-back', startedAt });
    appliance.set('up');
    await advance(1000);
    expect(appliance.paths).toHaveLength(asked + 1);
    expect(hook.result.current.state).toEqual({ phase: 'back', startedAt });
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('gives up at the configured time while the appliance never goes away', async () => {
    const { hook } = setup('up', { giveUpAfterMs: 8000 });
    act(() => hook.result.current.start());
    await advance(7999);
    expect(hook.result.current.state?.phase).toBe('going-down');
    await advance(1);
    expect(hook.result.current.state?.phase).toBe('gave-up');

    act(() => hook.result.current.keepWaiting());
    expect(hook.result.current.state?.phase).toBe('going-down');
  });

  it('stops polling when stopped or unmounted', async () => {
    const { appliance, hook } = setup('down');
    act(() => hook.result.current.start());
    await advance(1000);
    act(() => hook.result.current.stop());
    expect(hook.result.current.state).toBeNull();
    await advance(60_000);
    expect(appliance.paths).toHaveLength(1);

    act(() => hook.result.current.start());
    await advance(1000);
    expect(appliance.paths).toHaveLength(2);
    hook.unmount();
    await advance(60_000);
    expect(appliance.paths).toHaveLength(2);
  });
});
