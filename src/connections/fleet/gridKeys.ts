/**
 * The card a key moves to in a grid of `count` cards laid out `columns` wide, or null when the
 * key does not move (the event is then left to the browser).
 */
export function nextCardIndex(
  key: string,
  index: number,
  count: number,
  columns: number,
): number | null {
  if (count === 0) return null;
  const clamp = (value: number) => Math.max(0, Math.min(count - 1, value));
  switch (key) {
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'ArrowDown':
      return clamp(index + columns);
    case 'ArrowUp':
      return index >= columns ? index - columns : index;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
