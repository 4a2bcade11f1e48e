// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { api, control, newInstance } from './test-helpers.ts';

describe('device gateway authentication and scopes', () => {
  it('answers 401 "Invalid token" without a token or with an unknown one', async () => {
    const id = newInstance();
    for (const token of [null, 'nope']) {
      const response = await api(id, 'GET', '/v1/devices', { token });
      expect(response.status).toBe(401);
      expect(await response.text()).toBe('Invalid token');
    }
  });

  it('accepts the bearer scheme in any case, and the OSF-TOKEN header', async () => {
    const id = newInstance();
    const lower = await api(id, 'GET', '/v1/denied-devices', {
      token: null,
      headers: { Authorization: 'bearer demo-gateway-token' },
    });
    expect(lower.status).toBe(200);
    expect(lower.headers.get('x-version')).toBe('v1.4.2');
    const osf = await api(id, 'GET', '/v1/denied-devices', {
      token: null,
      headers: { 'OSF-TOKEN': 'demo-gateway-token' },
    });
    expect(osf.status).toBe(200);
  });

  it('names the missing scope in a plain-text 403', async () => {
    const id = newInstance();
    await control(id, { tokens: { reader: ['devices:read'] } });
    const response = await api(id, 'DELETE', `/v1/denied-devices/x`, { token: 'reader' });
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('User missing required scope(s): devices:delete');
  });

  it('lets read-update satisfy read, and lists every missing scope of a config write', async () => {
    const id = newInstance();
    await control(id, { tokens: { editor: ['devices:read-update'] } });
    expect((await api(id, 'GET', '/v1/devices?limit=1', { token: 'editor' })).status).toBe(200);
    const write = await api(id, 'PUT', '/v1/configs/factory', {
      token: 'editor',
      body: { Files: {} },
    });
    expect(write.status).toBe(403);
    expect(await write.text()).toBe('User missing required scope(s): updates:read-update');
  });

  it('rejects an expired token', async () => {
    const id = newInstance();
    await control(id, {
      tokens: { old: { scopes: ['devices:read'], expiresAt: '2001-01-01T00:00:00Z' } },
    });
    expect((await api(id, 'GET', '/v1/devices', { token: 'old' })).status).toBe(401);
  });

  it('rate-limits repeated bad tokens with 429', async () => {
    const id = newInstance();
    await control(id, { badTokenLimit: 2 });
    await api(id, 'GET', '/v1/devices', { token: 'a' });
    await api(id, 'GET', '/v1/devices', { token: 'b' });
    expect((await api(id, 'GET', '/v1/devices')).status).toBe(429);
  });

  it('answers JSON 404 and 405 for unknown routes and methods', async () => {
    const id = newInstance();
    const missing = await api(id, 'GET', '/v1/nothing');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ message: 'Not Found' });
    expect((await api(id, 'PATCH', '/v1/devices')).status).toBe(405);
  });

  it('rejects unknown control fields and bad scopes', async () => {
    const id = newInstance();
    expect((await control(id, { tokenz: {} })).status).toBe(400);
    expect((await control(id, { tokens: { t: ['devices:write'] } })).status).toBe(400);
  });
});
