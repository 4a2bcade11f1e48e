import { describe, expect, it } from 'vitest';
import { buildSchema, formatBuildDate } from './build';

describe('formatBuildDate', () => {
  it('turns Unix seconds given as a string into a UTC date', () => {
    expect(formatBuildDate('1432140922')).toBe('2015-05-20 16:55:22 UTC');
  });

  it('turns Unix seconds given as a number into a UTC date', () => {
    expect(formatBuildDate(1432140922)).toBe('2015-05-20 16:55:22 UTC');
  });

  it('accepts 9 to 11 digits and trims whitespace', () => {
    expect(formatBuildDate('100000000')).toBe('1973-03-03 09:46:40 UTC');
    expect(formatBuildDate(' 1432140922 ')).toBe('2015-05-20 16:55:22 UTC');
  });

  it.each(['2015-05-20', 'Wed May 20 16:55:22 UTC 2015', '14321409', '1432140922000', 'v1.2.3'])(
    'shows %j as the appliance wrote it',
    (value) => {
      expect(formatBuildDate(value)).toBe(value);
    },
  );

  it('returns undefined when there is no date', () => {
    expect(formatBuildDate(undefined)).toBeUndefined();
    expect(formatBuildDate('')).toBeUndefined();
  });
});

describe('buildSchema', () => {
  it('accepts the documented build.json and keeps other keys', () => {
    const data = { builddate: '1432140922', version: '1.2.3', commit: 'abc' };
    expect(buildSchema.parse(data)).toEqual(data);
  });

  it('accepts a numeric builddate and a missing one', () => {
    expect(buildSchema.parse({ builddate: 1432140922 })).toEqual({ builddate: 1432140922 });
    expect(buildSchema.parse({})).toEqual({});
  });

  it('rejects a builddate of another type, and a non-object', () => {
    expect(buildSchema.safeParse({ builddate: true }).success).toBe(false);
    expect(buildSchema.safeParse(['x']).success).toBe(false);
    expect(buildSchema.safeParse('1432140922').success).toBe(false);
  });
});
