import { describe, expect, it } from 'vitest';
import { describeExpiry } from './expiry';

describe('describeExpiry', () => {
  it('says Never for -1', () => {
    expect(describeExpiry(-1)).toEqual({ text: 'Never', expired: false });
  });

  it('marks a past date as expired', () => {
    const now = Date.UTC(2026, 0, 10);
    expect(describeExpiry(Date.UTC(2026, 0, 9) / 1000, now).expired).toBe(true);
    expect(describeExpiry(Date.UTC(2026, 0, 11) / 1000, now).expired).toBe(false);
  });
});
