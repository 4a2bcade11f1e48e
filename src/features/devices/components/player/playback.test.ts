import { describe, expect, it } from 'vitest';
import { clock, framesBetween } from './playback';

const recording = {
  width: 80,
  height: 24,
  duration: 2,
  frames: [
    { at: 0, data: 'a' },
    { at: 1, data: 'b' },
    { at: 2, data: 'c' },
  ],
};

describe('playback', () => {
  it('writes the frames up to a time, from where it left off', () => {
    expect(framesBetween(recording, 0, 1)).toEqual({ text: 'ab', nextIndex: 2 });
    expect(framesBetween(recording, 2, 1.5)).toEqual({ text: '', nextIndex: 2 });
    expect(framesBetween(recording, 2, 5)).toEqual({ text: 'c', nextIndex: 3 });
  });

  it('shows minutes and seconds', () => {
    expect(clock(65.9)).toBe('1:05');
    expect(clock(0)).toBe('0:00');
  });
});
