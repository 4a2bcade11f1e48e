import { describe, expect, it } from 'vitest';
import { reorderPriorities } from './reorder';

const rules = [
  { id: 'a', priority: 1 },
  { id: 'b', priority: 2 },
  { id: 'c', priority: 3 },
];

describe('rule reordering', () => {
  it('swaps neighbours and changes only what moved', () => {
    expect(reorderPriorities(rules, 'c', -1)).toEqual([
      { rule: { id: 'c', priority: 3 }, priority: 2 },
      { rule: { id: 'b', priority: 2 }, priority: 3 },
    ]);
  });

  it('renumbers gaps and ties', () => {
    const tied = [
      { id: 'x', priority: 5 },
      { id: 'y', priority: 5 },
      { id: 'z', priority: 40 },
    ];
    expect(
      reorderPriorities(tied, 'x', 1).map(({ rule, priority }) => [rule.id, priority]),
    ).toEqual([
      ['y', 1],
      ['x', 2],
      ['z', 3],
    ]);
  });

  it('does nothing past either end', () => {
    expect(reorderPriorities(rules, 'a', -1)).toEqual([]);
    expect(reorderPriorities(rules, 'c', 1)).toEqual([]);
  });
});
