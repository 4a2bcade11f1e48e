import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';

/** DRF PageNumberPagination: 100 a page, absolute next/previous links carrying `?page=`. */
export function pageSchema<T extends z.core.$ZodType>(item: T) {
  return z.object({
    count: z.number(),
    next: z.nullable(z.string()),
    previous: z.nullable(z.string()),
    results: z.array(item),
  });
}

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

/** The page number a DRF link points to: its `?page=`, or 1 when it has none (page 1). */
export function pageNumberOf(link: string | null): number | null {
  if (link === null) return null;
  let url: URL;
  try {
    url = new URL(link, 'http://relative.invalid');
  } catch {
    return null;
  }
  const raw = url.searchParams.get('page');
  if (raw === null) return 1;
  return /^\d+$/.test(raw) && Number(raw) >= 1 ? Number(raw) : null;
}

/** Reads `?page=` from the console's own URL; anything odd is page 1. */
export function pageParam(value: string | null): number {
  return value !== null && /^\d+$/.test(value) && Number(value) >= 1 ? Number(value) : 1;
}

export async function fetchPage<T extends z.core.$ZodType>(
  client: HttpClient,
  path: string,
  item: T,
  page: number,
  signal?: AbortSignal,
): Promise<Page<z.infer<T>>> {
  return client.json(
    { path, query: { page: page > 1 ? String(page) : undefined }, signal },
    pageSchema(item),
  );
}

/** Every item of a list, page after page (for pickers and id → name lookups). */
export async function fetchAll<T extends z.core.$ZodType>(
  client: HttpClient,
  path: string,
  item: T,
  signal?: AbortSignal,
): Promise<z.infer<T>[]> {
  const items: z.infer<T>[] = [];
  let page: number | null = 1;
  for (let guard = 0; page !== null && guard < 1000; guard += 1) {
    const result: Page<z.infer<T>> = await fetchPage(client, path, item, page, signal);
    items.push(...result.results);
    const next = pageNumberOf(result.next);
    page = next !== null && next > page ? next : null;
  }
  return items;
}
