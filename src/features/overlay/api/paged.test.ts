import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { pageNumberOf, pageParam, pageSchema } from './paged';

describe('DRF page links', () => {
  it('reads the page number of next/previous links', () => {
    expect(pageNumberOf('https://hub.example.com/api/server?page=3')).toBe(3);
    expect(pageNumberOf('https://hub.example.com/api/server')).toBe(1);
    expect(pageNumberOf('https://hub.example.com/api/server?format=json&page=2')).toBe(2);
    expect(pageNumberOf(null)).toBeNull();
    expect(pageNumberOf('https://hub.example.com/api/server?page=x')).toBeNull();
    expect(pageNumberOf('https://hub.example.com/api/server?page=0')).toBeNull();
  });

  it('reads the console page parameter', () => {
    expect(pageParam('2')).toBe(2);
    expect(pageParam(null)).toBe(1);
    expect(pageParam('-1')).toBe(1);
    expect(pageParam('abc')).toBe(1);
  });

  it('parses the envelope and rejects another shape', () => {
    const schema = pageSchema(z.object({ id: z.number() }));
    const ok = z.safeParse(schema, { count: 1, next: null, previous: null, results: [{ id: 1 }] });
    expect(ok.success).toBe(true);
    expect(z.safeParse(schema, [{ id: 1 }]).success).toBe(false);
    expect(z.safeParse(schema, { count: 1, results: [] }).success).toBe(false);
  });
});
