import { describe, expect, it } from 'vitest';
import { nextCardIndex } from './gridKeys';

describe('nextCardIndex', () => {
  it('moves by one across and by a row up and down', () => {
    expect(nextCardIndex('ArrowRight', 4, 200, 3)).toBe(5);
    expect(nextCardIndex('ArrowLeft', 4, 200, 3)).toBe(3);
    expect(nextCardIndex('ArrowDown', 4, 200, 3)).toBe(7);
    expect(nextCardIndex('ArrowUp', 4, 200, 3)).toBe(1);
  });

  it('jumps to the first and the last card', () => {
    expect(nextCardIndex('Home', 120, 200, 3)).toBe(0);
    expect(nextCardIndex('End', 0, 200, 3)).toBe(199);
  });

  it('stays inside the grid at its edges, including a short last row', () => {
    expect(nextCardIndex('ArrowLeft', 0, 200, 3)).toBe(0);
    expect(nextCardIndex('ArrowUp', 1, 200, 3)).toBe(1);
    expect(nextCardIndex('ArrowRight', 199, 200, 3)).toBe(199);
    expect(nextCardIndex('ArrowDown', 197, 200, 3)).toBe(199);
  });

  it('leaves other keys, and an empty grid, to the browser', () => {
    expect(nextCardIndex('Tab', 3, 200, 3)).toBeNull();
    expect(nextCardIndex('a', 3, 200, 3)).toBeNull();
    expect(nextCardIndex('End', 0, 0, 3)).toBeNull();
  });
});
