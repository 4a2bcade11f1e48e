import { describe, expect, it } from 'vitest';
import { addFilterTagProblem, filterTagSetProblem } from './filterTags';

describe('addFilterTagProblem', () => {
  it('accepts a new valid tag while there is room', () => {
    expect(addFilterTagProblem(['prod'], 'oslo')).toBeNull();
    expect(addFilterTagProblem([], 'abc')).toBeNull();
  });

  it.each([
    [['prod'], 'ab', 'A tag has at least 3 characters'],
    [['prod'], 'no-dash', 'Use only letters and digits'],
    [['prod'], 'prod', 'It already has this tag'],
    [['aaa', 'bbb', 'ccc'], 'ddd', 'At most 3 tags'],
  ])('refuses %j + %j', (tags, tag, message) => {
    expect(addFilterTagProblem(tags, tag)).toBe(message);
  });
});

describe('filterTagSetProblem', () => {
  it('accepts one to three distinct valid tags', () => {
    expect(filterTagSetProblem(['prod'])).toBeNull();
    expect(filterTagSetProblem(['aaa', 'bbb', 'ccc'])).toBeNull();
  });

  it.each([
    [[], 'Keep at least one tag'],
    [['aaa', 'bbb', 'ccc', 'ddd'], 'At most 3 tags'],
    [['aaa', 'b-b'], 'b-b: tags are 3–255 letters or digits'],
    [['aaa', 'aaa'], 'A tag is repeated'],
  ])('refuses %j', (tags, message) => {
    expect(filterTagSetProblem(tags)).toBe(message);
  });
});
