import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';
import { systemKeys } from './keys';

/** build.json of the appliance; only `builddate` is documented, other keys are kept. */
export const buildSchema = z.looseObject({
  builddate: z.optional(z.union([z.string(), z.number()])),
});

export type BuildInfo = z.infer<typeof buildSchema>;

export function buildQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: systemKeys.build(connectionId),
    queryFn: ({ signal }) => client.json({ path: jidotekiPath('build'), signal }, buildSchema),
    staleTime: 5 * 60_000,
  });
}

/** `"1432140922"` (Unix seconds) → a date; anything else is shown as the appliance wrote it. */
export function formatBuildDate(value: string | number | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const text = String(value).trim();
  if (/^\d{9,11}$/.test(text)) {
    return new Date(Number(text) * 1000)
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, ' UTC');
  }
  return text;
}
