import { z } from 'zod/mini';
import { tagNameSchema } from './tagRules';

/** A firewall rule or public key filtered by tags has 1–3 of them (the seed's rule). */
export const MAX_FILTER_TAGS = 3;

/** Why a tag cannot be added to a filter that has `tags`; null when it can. */
export function addFilterTagProblem(tags: readonly string[], tag: string): string | null {
  const parsed = z.safeParse(tagNameSchema, tag);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Invalid tag';
  if (tags.includes(tag)) return 'It already has this tag';
  if (tags.length >= MAX_FILTER_TAGS) return `At most ${MAX_FILTER_TAGS} tags`;
  return null;
}

/** Why a whole set of tags cannot replace a filter's tags; null when it can. */
export function filterTagSetProblem(tags: readonly string[]): string | null {
  if (tags.length === 0) return 'Keep at least one tag';
  if (tags.length > MAX_FILTER_TAGS) return `At most ${MAX_FILTER_TAGS} tags`;
  const bad = tags.find((tag) => !z.safeParse(tagNameSchema, tag).success);
  if (bad !== undefined) return `${bad}: tags are 3–255 letters or digits`;
  if (new Set(tags).size !== tags.length) return 'A tag is repeated';
  return null;
}
