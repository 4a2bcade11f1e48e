import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpClient } from '@/api/http';
import { vns3ConfigKey } from '@/api/vns3/config';
import { fetchCall, jsonResponse, stubFetch } from '@/test/fetchStub';
import { prefetchClientpacks } from './prefetchClientpacks';

const client = createHttpClient({ target: { baseUrl: 'https://vns3.example.com:8000' } });

afterEach(() => vi.unstubAllGlobals());

function queryClientWith(config: { licensed: boolean; keyset_present?: boolean } | undefined) {
  const queryClient = new QueryClient();
  if (config) queryClient.setQueryData(vns3ConfigKey('c1'), config);
  return queryClient;
}

describe('prefetchClientpacks', () => {
  it('asks a controller with licence and keyset for the packs and the connected clients', () => {
    const fetchMock = stubFetch(jsonResponse({ response: {} }));
    prefetchClientpacks(queryClientWith({ licensed: true, keyset_present: true }), 'c1', client);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect([0, 1].map((n) => fetchCall(fetchMock, n).url.pathname)).toEqual([
      '/api/clientpacks',
      '/api/status/clients',
    ]);
  });

  it('asks nothing while the licence or keyset is missing or unknown', () => {
    const fetchMock = stubFetch(jsonResponse({ response: {} }));
    prefetchClientpacks(queryClientWith(undefined), 'c1', client);
    prefetchClientpacks(queryClientWith({ licensed: false }), 'c1', client);
    prefetchClientpacks(queryClientWith({ licensed: true, keyset_present: false }), 'c1', client);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
