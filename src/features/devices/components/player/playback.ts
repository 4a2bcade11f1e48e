import type { Recording } from '../../api/recording';

/** Output of frames [from, to): what to write to move the screen forward. */
export function framesBetween(
  recording: Recording,
  fromIndex: number,
  untilSeconds: number,
): { text: string; nextIndex: number } {
  let index = fromIndex;
  let text = '';
  const { frames } = recording;
  while (index < frames.length && frames[index]!.at <= untilSeconds) {
    text += frames[index]!.data;
    index += 1;
  }
  return { text, nextIndex: index };
}

/** "1:05" */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

export const SPEEDS = ['0.5', '1', '1.5', '2', '4'] as const;
