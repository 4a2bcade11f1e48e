import type { QueryObserverResult } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '../probe';
import { countProbes } from './summary';

const result = (data?: ProbeResult) => ({ data }) as QueryObserverResult<ProbeResult>;

describe('countProbes', () => {
  it('counts each state, and probes without an answer yet as checking', () => {
    expect(
      countProbes([
        result({ state: 'online' }),
        result({ state: 'online' }),
        result({ state: 'unreachable', message: 'x' }),
        result({ state: 'needs-sign-in' }),
        result({ state: 'needs-licence' }),
        result(),
      ]),
    ).toEqual({
      checking: 1,
      online: 2,
      'needs-sign-in': 1,
      'needs-licence': 1,
      'needs-setup': 0,
      'not-available': 0,
      unreachable: 1,
      error: 0,
    });
  });
});
