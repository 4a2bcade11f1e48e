import { describe, expect, it } from 'vitest';
import { AUTH_STRATEGIES } from '@/auth/strategies';
import { fetchCall, headersOf, jsonResponse, stubFetch } from '@/test/fetchStub';

const target = { baseUrl: 'https://gw.example.net' };
const strategy = AUTH_STRATEGIES.devicegw;
const client = () => strategy.createClient(target, { kind: 'devicegw', token: 'tok' });

function text(body: string, status: number) {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain' } });
}

describe('device gateway sign-in verification', () => {
  it('asks for one device with the bearer token', async () => {
    const fetchMock = stubFetch(jsonResponse([]));
    await strategy.verify(client());
    const { url, init } = fetchCall(fetchMock);
    expect(url.pathname).toBe('/v1/devices');
    expect(url.searchParams.get('limit')).toBe('1');
    expect(headersOf(init).get('Authorization')).toBe('Bearer tok');
  });

  it('accepts a valid token that lacks devices:read (403 names the scope)', async () => {
    stubFetch(text('User missing required scope(s): devices:read', 403));
    await expect(strategy.verify(client())).resolves.toBeNull();
  });

  it('rejects an invalid token with the server text, and ends the session on 401', async () => {
    stubFetch(text('Invalid token', 401));
    await expect(strategy.verify(client())).rejects.toMatchObject({
      status: 401,
      message: 'Invalid token',
    });
  });

  it('passes other failures on, e.g. the 429 of repeated bad tokens', async () => {
    stubFetch(text('Too many requests', 429));
    await expect(strategy.verify(client())).rejects.toMatchObject({ status: 429 });
  });
});
