import { z } from 'zod/mini';
import { ApiError } from '../errors';
import { type HttpClient, parseBody, parseWith } from '../http';

/** One page of a ShellHub list: the body is the bare array, the total is `X-Total-Count`. */
export interface ShellHubPage<T> {
  items: T[];
  total: number;
}

export function readTotalCount(headers: Headers, fallback: number): number {
  const raw = headers.get('X-Total-Count');
  const total = raw === null ? NaN : Number(raw);
  return Number.isInteger(total) && total >= 0 ? total : fallback;
}

/** GET a paginated list (`page`, `per_page` ≤ 100, plus any other query). */
export async function fetchShellHubPage<S extends z.core.$ZodType>(
  client: HttpClient,
  path: string,
  query: Record<string, string | undefined>,
  item: S,
  signal?: AbortSignal,
): Promise<ShellHubPage<z.infer<S>>> {
  const response = await client.send({ path, query, signal });
  const items =
    parseWith(z.nullable(z.array(item)), await parseBody(response), `GET ${path}`) ?? [];
  return { items, total: readTotalCount(response.headers, items.length) };
}

export type FilterElement =
  | {
      type: 'property';
      params: { name: string; operator: 'contains' | 'eq' | 'bool' | 'gt' | 'lt'; value: string };
    }
  | { type: 'operator'; params: { name: 'and' | 'or' } };

/** ShellHub's `filter` query: base64url (no padding) of the JSON array of elements. */
export function encodeFilter(elements: readonly FilterElement[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(elements));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The `{field: reason}` map of a ShellHub 400, if any. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const fields = error.details.fields;
  if (typeof fields !== 'object' || fields === null) return {};
  return Object.fromEntries(
    Object.entries(fields).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}
