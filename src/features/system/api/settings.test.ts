import { describe, expect, it } from 'vitest';
import { ApiError, SchemaError } from '@/api/errors';
import { createJidotekiClient } from '@/api/jidoteki/client';
import { fetchCall, jsonResponse, stubFetch } from '@/test/fetchStub';
import { fetchSettings, networkMode, settingsSchema } from './settings';

const client = () => createJidotekiClient({ baseUrl: 'https://a.example' }, null);

describe('fetchSettings', () => {
  it('GETs /settings and keeps app as it is', async () => {
    const sample = {
      network: { mode: 'static', interface: 'eth0', hostname: 'test.host', ip_address: '10.0.0.2' },
      app: { name: 'testapp', nested: { a: [1] } },
    };
    const fetchMock = stubFetch(jsonResponse(sample));
    await expect(fetchSettings(client())).resolves.toEqual(sample);
    expect(fetchCall(fetchMock).url.pathname).toBe('/api/v1/admin/settings');
    expect([...fetchCall(fetchMock).url.searchParams.keys()]).toEqual([]);
  });

  it('answers null for a 404 (no settings yet) and throws other errors', async () => {
    stubFetch(jsonResponse({ Status: '404 Not Found' }, { status: 404 }));
    await expect(fetchSettings(client())).resolves.toBeNull();
    stubFetch(jsonResponse({ Status: '500 Internal Server Error' }, { status: 500 }));
    await expect(fetchSettings(client())).rejects.toBeInstanceOf(ApiError);
  });

  it('refuses a network section of the wrong shape', async () => {
    stubFetch(jsonResponse({ network: { interface: ['eth0'] } }));
    await expect(fetchSettings(client())).rejects.toBeInstanceOf(SchemaError);
  });
});

describe('networkMode', () => {
  it('uses the reported mode, in any case', () => {
    expect(
      networkMode(settingsSchema.parse({ network: { mode: 'DHCP', ip_address: '1.2.3.4' } })),
    ).toBe('dhcp');
    expect(networkMode({ network: { mode: 'static' } })).toBe('static');
  });

  it('infers it from the address when the appliance does not say', () => {
    expect(networkMode({ network: { ip_address: '10.0.0.2' } })).toBe('static');
    expect(networkMode({ network: { interface: 'eth0' } })).toBe('dhcp');
    expect(networkMode(null)).toBe('dhcp');
  });
});
