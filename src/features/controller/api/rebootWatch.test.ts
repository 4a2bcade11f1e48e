import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '@/api/errors';
import { classifyProbeError, rebootPollDelay } from './rebootWatch';

const apiError = (status: number) =>
  new ApiError({
    status,
    statusText: '',
    message: 'x',
    body: null,
    headers: new Headers(),
    details: {},
  });

describe('reboot watch', () => {
  it('backs off 1 s, 2 s, 4 s, then polls every 5 s', () => {
    expect([0, 1, 2, 3, 9].map(rebootPollDelay)).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('counts no answer, a timeout and a proxy 502/503 as down; other statuses as errors', () => {
    expect(classifyProbeError(new NetworkError('unreachable', 'http://x'))).toBe('down');
    expect(classifyProbeError(new DOMException('t', 'AbortError'))).toBe('down');
    expect(classifyProbeError(apiError(503))).toBe('down');
    expect(classifyProbeError(apiError(502))).toBe('down');
    expect(classifyProbeError(apiError(401))).toBe('error');
  });
});
