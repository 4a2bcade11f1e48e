/**
 * Moves one rule up or down the priority order and renumbers 1…n; answers only the rules whose
 * priority changes (each needs its own PUT).
 */
export function reorderPriorities<T extends { id: string; priority: number }>(
  rules: readonly T[],
  id: string,
  direction: -1 | 1,
): { rule: T; priority: number }[] {
  const ordered = [...rules].sort((a, b) => a.priority - b.priority);
  const index = ordered.findIndex((rule) => rule.id === id);
  const target = index + direction;
  if (index < 0 || target < 0 || target >= ordered.length) return [];
  const moved = ordered[index]!;
  ordered[index] = ordered[target]!;
  ordered[target] = moved;
  return ordered
    .map((rule, position) => ({ rule, priority: position + 1 }))
    .filter(({ rule, priority }) => rule.priority !== priority);
}
