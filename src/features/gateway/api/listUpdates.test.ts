import { describe, expect, it } from 'vitest';
import { flattenUpdates } from './listUpdates';
import { updatesByTagSchema } from './schemas';

const update = (name: string, at: number) => ({
  name,
  'uploaded-at': at,
  'uploaded-by': 'admin',
  'device-count': 0,
});

describe('flattenUpdates', () => {
  it('lists every tag, newest first within a tag', () => {
    const data = updatesByTagSchema.parse({
      main: [update('m1', 1), update('m2', 2)],
      beta: [update('b1', 5)],
      empty: null,
    });
    expect(flattenUpdates(data).map((row) => `${row.tag}/${row.name}`)).toEqual([
      'beta/b1',
      'main/m2',
      'main/m1',
    ]);
  });

  it('accepts the empty object of an unknown tag', () => {
    expect(flattenUpdates(updatesByTagSchema.parse({}))).toEqual([]);
  });

  it('rejects a summary without device-count', () => {
    expect(updatesByTagSchema.safeParse({ main: [{ name: 'x' }] }).success).toBe(false);
  });
});
