import { describe, expect, it } from 'vitest';
import { inferGroupIds } from './groupIds';

const users = [
  { id: 1, groups: [1] },
  { id: 2, groups: [1, 4] },
  { id: 3, groups: [1, 2, 4] },
];

describe('group ids from memberships', () => {
  it('finds the id whose members are exactly the group members', () => {
    const groups = [
      { name: 'All Users', user_set: [1, 2, 3], permissions: [] },
      { name: 'Engineers', user_set: [3], permissions: [] },
      { name: 'Ops', user_set: [3, 2], permissions: [] },
    ];
    expect(inferGroupIds(groups, users)).toEqual([1, 2, 4]);
  });

  it('leaves empty or ambiguous groups unknown', () => {
    const groups = [
      { name: 'Empty', user_set: [], permissions: [] },
      { name: 'Nobody has this', user_set: [1, 3], permissions: [] },
    ];
    expect(inferGroupIds(groups, users)).toEqual([null, null]);
  });
});
