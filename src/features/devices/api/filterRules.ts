import { z } from 'zod/mini';
import { tagNameSchema } from './tagRules';

export function isValidRegexp(value: string): boolean {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
}

export const regexpField = (what: string) =>
  z
    .string()
    .check(
      z.minLength(1, `Enter a regular expression for ${what} (.* matches any)`),
      z.refine(isValidRegexp, 'Not a valid regular expression'),
    );

/** The device filter of a rule or key: a hostname regexp, or 1–3 distinct tags. */
export const deviceFilterFields = {
  filterMode: z.enum(['hostname', 'tags']),
  hostname: z.string(),
  tags: z.array(z.string()),
};

type FilterValues = { filterMode: 'hostname' | 'tags'; hostname: string; tags: string[] };

export const deviceFilterChecks = [
  z.refine<FilterValues>(
    (values) => values.filterMode !== 'hostname' || values.hostname.length > 0,
    { path: ['hostname'], message: 'Enter a hostname regular expression (.* matches any)' },
  ),
  z.refine<FilterValues>(
    (values) => values.filterMode !== 'hostname' || isValidRegexp(values.hostname),
    { path: ['hostname'], message: 'Not a valid regular expression' },
  ),
  z.refine<FilterValues>(
    (values) =>
      values.filterMode !== 'tags' || (values.tags.length >= 1 && values.tags.length <= 3),
    { path: ['tags'], message: 'Choose 1 to 3 tags' },
  ),
  z.refine<FilterValues>((values) => new Set(values.tags).size === values.tags.length, {
    path: ['tags'],
    message: 'A tag can be chosen once',
  }),
  z.refine<FilterValues>(
    (values) => values.tags.every((tag) => z.safeParse(tagNameSchema, tag).success),
    { path: ['tags'], message: 'Tags are 3 to 255 letters or digits' },
  ),
];

export function filterBody(values: FilterValues): { hostname: string } | { tags: string[] } {
  return values.filterMode === 'hostname' ? { hostname: values.hostname } : { tags: values.tags };
}

export function filterValues(filter: {
  hostname?: string | null | undefined;
  tags?: string[] | null | undefined;
}): FilterValues {
  const tags = filter.tags ?? [];
  return tags.length > 0
    ? { filterMode: 'tags', hostname: '', tags }
    : { filterMode: 'hostname', hostname: filter.hostname ?? '.*', tags: [] };
}

/** Server field names (`filter.hostname`) to form field names. */
export function formFieldOf(serverField: string): string {
  if (serverField === 'filter.hostname') return 'hostname';
  if (serverField === 'filter.tags' || serverField === 'filter') return 'tags';
  return serverField;
}
