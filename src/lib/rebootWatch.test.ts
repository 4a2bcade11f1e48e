import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '@/api/errors';
import {
  REBOOT_GIVE_UP_MS,
  classifyProbeError,
  rebootPollDelay,
  useRebootWatch,
} from './rebootWatch';

const apiError = (status: number) =>
  new ApiError({
    status,
    statusText: '',
    message: 'x',
    body: null,
    headers: new Headers(),
    details: {},
  });

type Mode = 'up' | 'down' | 'proxy' | 'error' | 'hang';

function backend(initial: Mode) {
  let mode = initial;
  const probe = vi.fn(
    (signal: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        if (mode === 'up') resolve();
        else if (mode === 'down') reject(new NetworkError('unreachable', 'http://x'));
        else if (mode === 'proxy') reject(apiError(503));
        else if (mode === 'error') reject(apiError(500));
        else signal.addEventListener('abort', () => reject(new DOMException('t', 'AbortError')));
      }),
  );
  return { probe, set: (next: Mode) => void (mode = next) };
}

function setup(initial: Mode, giveUpAfterMs?: number) {
  const host = backend(initial);
  const onBack = vi.fn();
  const hook = renderHook(() =>
    useRebootWatch(host.probe, { onBack, ...(giveUpAfterMs ? { giveUpAfterMs } : {}) }),
  );
  return { host, onBack, hook };
}

const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('rebootPollDelay and classifyProbeError', () => {
  it('backs off 1 s, 2 s, 4 s, then polls every 5 s', () => {
    expect([0, 1, 2, 3, 9].map(rebootPollDelay)).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('counts no answer, a timeout and a proxy 502/503 as down; other statuses as errors', () => {
    expect(classifyProbeError(new NetworkError('unreachable', 'http://x'))).toBe('down');
    expect(classifyProbeError(new DOMException('t', 'AbortError'))).toBe('down');
    expect(classifyProbeError(apiError(503))).toBe('down');
    expect(classifyProbeError(apiError(502))).toBe('down');
    expect(classifyProbeError(apiError(401))).toBe('error');
    expect(classifyProbeError(apiError(500))).toBe('error');
  });
});

describe('useRebootWatch', () => {
  it('waits for the host to go away (a proxy 503 counts), then to answer, then calls onBack once', async () => {
    const { host, onBack, hook } = setup('up');
    act(() => hook.result.current.start());
    expect(hook.result.current.state?.phase).toBe('going-down');
    await advance(1000);
    expect(host.probe).toHaveBeenCalledTimes(1);
    host.set('proxy');
    await advance(2000);
    expect(hook.result.current.state?.phase).toBe('coming-back');
    host.set('error');
    await advance(1000 + 2000);
    expect(hook.result.current.state?.phase).toBe('coming-back');
    host.set('up');
    await advance(4000);
    expect(hook.result.current.state?.phase).toBe('back');
    expect(onBack).toHaveBeenCalledTimes(1);
    const calls = host.probe.mock.calls.length;
    await advance(60_000);
    expect(host.probe).toHaveBeenCalledTimes(calls);
  });

  it('counts a probe without an answer in 5 s as the host being away', async () => {
    const { hook } = setup('hang');
    act(() => hook.result.current.start());
    await advance(1000);
    expect(hook.result.current.state?.phase).toBe('going-down');
    await advance(5000);
    expect(hook.result.current.state?.phase).toBe('coming-back');
  });

  it('gives up after the limit and resumes on keepWaiting', async () => {
    const { host, onBack, hook } = setup('down');
    act(() => hook.result.current.start());
    await advance(REBOOT_GIVE_UP_MS);
    expect(hook.result.current.state?.phase).toBe('gave-up');
    act(() => hook.result.current.keepWaiting());
    expect(hook.result.current.state?.phase).toBe('coming-back');
    host.set('up');
    await advance(1000);
    expect(hook.result.current.state?.phase).toBe('back');
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('stops probing when stopped', async () => {
    const { host, hook } = setup('down', 60_000);
    act(() => hook.result.current.start());
    await advance(1000);
    act(() => hook.result.current.stop());
    expect(hook.result.current.state).toBeNull();
    await advance(60_000);
    expect(host.probe).toHaveBeenCalledTimes(1);
  });
});
