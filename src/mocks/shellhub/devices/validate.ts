import { isRecord } from '../http.ts';
import type { RuleFilter } from './model.ts';

/** Tag names: 3–255 letters or digits (the names firewall rules and keys filter on). */
export function tagProblem(tag: unknown): string | null {
  if (typeof tag !== 'string') return 'must be a string';
  if (tag.length < 3 || tag.length > 255) return 'must be 3 to 255 characters';
  if (!/^[a-zA-Z0-9]+$/.test(tag)) return 'must contain only letters and digits';
  return null;
}

export function tagListProblem(tags: unknown, min: number, max: number): string | null {
  if (!Array.isArray(tags)) return 'must be a list of tags';
  if (tags.length < min || tags.length > max) return `must have ${min} to ${max} tags`;
  for (const tag of tags) {
    const problem = tagProblem(tag);
    if (problem) return `${String(tag)}: ${problem}`;
  }
  if (new Set(tags).size !== tags.length) return 'must not repeat a tag';
  return null;
}

export function regexpProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return 'is required';
  try {
    new RegExp(value);
    return null;
  } catch {
    return 'is not a valid regular expression';
  }
}

/** `{hostname: regexp}` or `{tags: [1–3 tags]}`; exactly one of them. */
export function parseRuleFilter(
  value: unknown,
): { ok: true; filter: RuleFilter } | { ok: false; field: string; reason: string } {
  if (!isRecord(value)) return { ok: false, field: 'filter', reason: 'is required' };
  const hasTags = Array.isArray(value.tags) && value.tags.length > 0;
  const hasHostname = typeof value.hostname === 'string' && value.hostname !== '';
  if (hasTags === hasHostname) {
    return { ok: false, field: 'filter', reason: 'must have either a hostname or tags' };
  }
  if (hasHostname) {
    const problem = regexpProblem(value.hostname);
    return problem
      ? { ok: false, field: 'filter.hostname', reason: problem }
      : { ok: true, filter: { hostname: value.hostname as string } };
  }
  const problem = tagListProblem(value.tags, 1, 3);
  return problem
    ? { ok: false, field: 'filter.tags', reason: problem }
    : { ok: true, filter: { tags: [...(value.tags as string[])] } };
}

/** Device names: a hostname label, 1–64 letters, digits and inner hyphens. */
export function deviceNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name === '') return 'is required';
  if (name.length > 64) return 'must be at most 64 characters';
  if (!/^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/.test(name)) {
    return 'must contain only letters, digits and inner hyphens';
  }
  return null;
}
