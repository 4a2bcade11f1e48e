// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DROP_CONNECTION } from '../framework/http.ts';
import { handleSimRequest } from '../framework/router.ts';
import { hashForToken } from './auth.ts';
import { call, control, file, getJson, newInstance, send, snapshot } from './test-helpers.ts';

const FORBIDDEN = { Status: '403 Forbidden', 'Error-Message': 'Authentication error' };

describe('jidoteki authentication', () => {
  it('accepts the cleartext token', async () => {
    const id = newInstance();
    const response = await send(id, 'GET', 'version');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toEqual({ version: '1.0.0' });
  });

  it('accepts the HMAC hash for the method and endpoint', async () => {
    const id = newInstance();
    await control(id, { token: 'yourtoken' });
    const response = await send(id, 'GET', 'version', {
      auth: { hash: 'b714a60732e096ccef06e360eefe0f1ba4fa5d16ef7da726612e2026e5523241' },
    });
    expect(response.status).toBe(200);
    const update = await send(id, 'POST', 'update', {
      auth: { hash: '2ffa79e0aee7f6ac294c19e53c51aa4a53a8279390ffb815a5a821eec1978136' },
      form: { update: file('') },
    });
    expect(update.status).toBe(400);
  });

  it('rejects a hash computed for another endpoint or method', async () => {
    const id = newInstance();
    const wrongEndpoint = await send(id, 'GET', 'version', {
      auth: { hash: hashForToken('demo-token', 'GET', 'build') },
    });
    expect(wrongEndpoint.status).toBe(403);
    const wrongMethod = await send(id, 'GET', 'version', {
      auth: { hash: hashForToken('demo-token', 'POST', 'version') },
    });
    expect(wrongMethod.status).toBe(403);
  });

  it('answers 403 with the Error-Message header and envelope', async () => {
    const id = newInstance();
    for (const auth of [{ token: 'wrong' }, 'none' as const, { hash: 'abc' }]) {
      const response = await send(id, 'GET', 'version', { auth });
      expect(response.status).toBe(403);
      expect(response.statusText).toBe('Forbidden');
      expect(response.headers.get('Error-Message')).toBe('Authentication error');
      expect(await response.json()).toEqual(FORBIDDEN);
    }
    expect((await snapshot(id)).authFailures).toBe(3);
  });

  it('fails cleartext tokens whose first character PicoLisp reads as a non-string', async () => {
    const id = newInstance();
    await control(id, { token: '+123' });
    expect((await versionWithRawQuery(id, 'token=+123')).status).toBe(403);
    expect((await versionWithRawQuery(id, 'token=%2B123')).status).toBe(200);
    expect((await send(id, 'GET', 'version', { auth: { hashOf: '+123' } })).status).toBe(200);
  });
});

async function versionWithRawQuery(id: string, query: string): Promise<Response> {
  const result = await handleSimRequest(
    new Request(`http://sim.test/sim/jidoteki/${id}/api/v1/admin/version?${query}`),
  );
  if (result === DROP_CONNECTION) throw new Error('dropped');
  return result;
}

describe('jidoteki request rules', () => {
  it('drops the connection for an unknown query parameter', async () => {
    const id = newInstance();
    const result = await call(id, 'GET', 'version', { query: { _: '123' } });
    expect(result).toBe(DROP_CONNECTION);
    const state = await snapshot(id);
    expect(state.droppedConnections).toBe(1);
    expect(state.requestLog).toEqual([
      expect.objectContaining({
        path: '/api/v1/admin/version',
        query: ['token', '_'],
        status: 'dropped',
      }),
    ]);
  });

  it('drops the connection for an unknown form field and for a POST without body', async () => {
    const id = newInstance();
    const extra = await call(id, 'POST', 'backup', { form: { action: 'START', note: 'x' } });
    expect(extra).toBe(DROP_CONNECTION);
    const empty = await call(id, 'POST', 'update');
    expect(empty).toBe(DROP_CONNECTION);
  });

  it('allows the optional parameters only while their endpoint is enabled', async () => {
    const id = newInstance();
    await control(id, { endpoints: ['settings'] });
    expect(await call(id, 'POST', 'backup', { form: { action: 'START' } })).toBe(DROP_CONNECTION);
    const backup = await send(id, 'GET', 'backup');
    expect(backup.status).toBe(404);
    expect(await backup.json()).toEqual({ Status: '404 Not Found' });
  });

  it('answers 400 when the method does not match the endpoint', async () => {
    const id = newInstance();
    const response = await send(id, 'POST', 'version', { form: { v: '1' } });
    expect(response.status).toBe(400);
    expect(response.headers.get('Error-Message')).toBe(
      'Invalid authentication method. Expected GET',
    );
    expect(await response.json()).toEqual({
      Status: '400 Bad Request',
      'Error-Message': 'Invalid authentication method. Expected GET',
    });
    const restore = await send(id, 'GET', 'backup/restore');
    expect(await restore.json()).toEqual({
      Status: '400 Bad Request',
      'Error-Message': 'Invalid authentication method. Expected POST',
    });
  });

  it('answers 501 to methods other than GET and POST', async () => {
    const id = newInstance();
    const response = await send(id, 'DELETE', 'version');
    expect(response.status).toBe(501);
    expect(response.headers.get('Server')).toBe('PicoLisp');
  });

  it('answers 404 for unknown endpoints without asking for credentials', async () => {
    const id = newInstance();
    const response = await send(id, 'GET', 'nope', { auth: 'none' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ Status: '404 Not Found' });
  });

  it('sends the PicoLisp security headers on every response', async () => {
    const id = newInstance();
    for (const response of [
      await send(id, 'GET', 'version'),
      await send(id, 'GET', 'version', { auth: 'none' }),
      await send(id, 'GET', 'logs'),
    ]) {
      expect(response.headers.get('Server')).toBe('PicoLisp');
      expect(response.headers.get('Strict-Transport-Security')).toBe(
        'max-age=31536000 ; includeSubDomains',
      );
      expect(response.headers.get('X-Frame-Options')).toBe('deny');
      expect(response.headers.get('X-XSS-Protection')).toBe('1');
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('Content-Security-Policy')).toBe("object-src 'self';");
      expect(response.headers.get('Last-Modified')).toMatch(/GMT$/);
      const length = Number(response.headers.get('Content-Length'));
      expect((await response.arrayBuffer()).byteLength).toBe(length);
    }
  });

  it('lists the enabled endpoints sorted, with /docs', async () => {
    const id = newInstance();
    await control(id, { endpoints: ['backup', 'settings'] });
    expect(await getJson(id, 'endpoints')).toEqual({
      endpoints: [
        '/api/v1/admin/backup',
        '/api/v1/admin/build',
        '/api/v1/admin/changelog',
        '/api/v1/admin/debug',
        '/api/v1/admin/endpoints',
        '/api/v1/admin/health',
        '/api/v1/admin/logs',
        '/api/v1/admin/reboot',
        '/api/v1/admin/services',
        '/api/v1/admin/settings',
        '/api/v1/admin/setup',
        '/api/v1/admin/update',
        '/api/v1/admin/version',
        '/docs',
      ],
    });
  });
});
