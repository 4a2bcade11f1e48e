import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { ApiError, SchemaError } from '@/api/errors';
import { createHttpClient } from '@/api/http';
import { collection, itemQuery, retrieveItem } from './crud';

const THINGS = collection('thing', z.object({ id: z.number(), name: z.string() }));
const client = createHttpClient({ target: { baseUrl: 'https://hub.example.com' } });

function answer(status: number, body: unknown) {
  const fetchMock = vi.fn(() =>
    Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
    ),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('retrieving one hub object', () => {
  it('GETs /api/<name>/{id} and parses the item', async () => {
    const fetchMock = answer(200, { id: 7, name: 'web' });
    await expect(retrieveItem(client, THINGS, 7)).resolves.toEqual({ id: 7, name: 'web' });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [URL, RequestInit];
    expect(String(url)).toBe('https://hub.example.com/api/thing/7');
    expect(init.method).toBe('GET');
  });

  it('rejects a 404 as an ApiError and another shape as a SchemaError', async () => {
    answer(404, { detail: 'Not found.' });
    await expect(retrieveItem(client, THINGS, 7)).rejects.toMatchObject({ status: 404 });
    await expect(retrieveItem(client, THINGS, 7)).rejects.toBeInstanceOf(ApiError);
    answer(200, { id: '7' });
    await expect(retrieveItem(client, THINGS, 7)).rejects.toBeInstanceOf(SchemaError);
  });

  it('keys the object under its list, so invalidating the list refreshes it', () => {
    const query = itemQuery('conn-1', client, THINGS, 7);
    expect(query.queryKey).toEqual(['conn-1', 'overlay', 'thing', 'detail', 7]);
    expect(query.staleTime).toBe(0);
  });
});
