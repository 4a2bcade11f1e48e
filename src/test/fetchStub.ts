import { type Mock, vi } from 'vitest';

export type FetchMock = Mock<(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>>;

/** Replaces global fetch; each call gets the next response (or the last one again). */
export function stubFetch(...responses: (Response | (() => Response | Promise<Response>))[]) {
  let index = 0;
  const fetchMock: FetchMock = vi.fn(async () => {
    const next = responses[Math.min(index, responses.length - 1)];
    index += 1;
    if (next === undefined) throw new Error('stubFetch: no response configured');
    return typeof next === 'function' ? next() : next.clone();
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return new Response(JSON.stringify(body), { status: 200, ...init, headers });
}

/** The URL and init of the nth fetch call. */
export function fetchCall(fetchMock: FetchMock, n = 0): { url: URL; init: RequestInit } {
  const call = fetchMock.mock.calls[n];
  if (!call) throw new Error(`fetch was not called ${n + 1} time(s)`);
  const [input, init] = call;
  const url = new URL(input instanceof Request ? input.url : String(input));
  return { url, init: init ?? {} };
}

export function headersOf(init: RequestInit): Headers {
  return new Headers(init.headers);
}
