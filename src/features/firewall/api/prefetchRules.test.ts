import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpClient } from '@/api/http';
import { vns3ConfigKey } from '@/api/vns3/config';
import { fetchCall, jsonResponse, stubFetch } from '@/test/fetchStub';
import { firewallKeys } from './keys';
import { prefetchFirewallRules } from './prefetchRules';

const client = createHttpClient({ target: { baseUrl: 'https://vns3.example.com:8000' } });

afterEach(() => vi.unstubAllGlobals());

function queryClientWith(config: { licensed: boolean } | undefined) {
  const queryClient = new QueryClient();
  if (config) queryClient.setQueryData(vns3ConfigKey('c1'), config);
  return queryClient;
}

describe('prefetchFirewallRules', () => {
  it('asks a licensed controller for the rules, variables and groups at once', async () => {
    const fetchMock = stubFetch(
      jsonResponse({ response: [{ id: 'r1', rule: 'INPUT -j ACCEPT', position: 0 }] }),
    );
    const queryClient = queryClientWith({ licensed: true });
    prefetchFirewallRules(queryClient, 'c1', client);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect([0, 1, 2].map((n) => fetchCall(fetchMock, n).url.pathname)).toEqual([
      '/api/v2/firewall/rules',
      '/api/system/variables',
      '/api/v2/firewall/rules-groups',
    ]);
    await expect
      .poll(() => queryClient.getQueryData(firewallKeys.v2Rules('c1')))
      .toEqual([{ id: 'r1', rule: 'INPUT -j ACCEPT', position: 0 }]);
  });

  it('asks nothing while the licence is unknown or missing', () => {
    const fetchMock = stubFetch(jsonResponse({ response: [] }));
    prefetchFirewallRules(queryClientWith(undefined), 'c1', client);
    prefetchFirewallRules(queryClientWith({ licensed: false }), 'c1', client);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
