// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { control, newInstance, send, snapshot } from '../jidoteki/test-helpers.ts';
import { createRegistry, notAvailableResponse } from './registry.ts';
import { DROP_CONNECTION, handleSimRequest } from './router.ts';

async function request(url: string, init?: RequestInit): Promise<Response> {
  const result = await handleSimRequest(new Request(`http://sim.test${url}`, init));
  if (result === DROP_CONNECTION) throw new Error('dropped');
  return result;
}

describe('simulator router', () => {
  it("answers every kind it simulates in that kind's own error shape", async () => {
    const vns3 = await request('/sim/vns3/demo/api/config');
    expect(vns3.status).toBe(401);
    expect(await vns3.json()).toMatchObject({ error: { name: 'UnauthorizedError' } });
    const shellhub = await request('/sim/shellhub/demo/api/no-such-route');
    expect(shellhub.status).toBe(404);
    expect(await shellhub.json()).toEqual({ message: 'not found' });
  });

  it('answers 503 for a kind that has no simulator', async () => {
    const registry = createRegistry([], ['vns3']);
    expect(registry.notAvailable).toEqual(['vns3']);
    const response = notAvailableResponse('vns3');
    expect(response.status).toBe(503);
    expect(response.headers.get('X-Simulator')).toBe('not-available');
    expect(await response.json()).toEqual({ error: 'The vns3 simulator is not available yet' });
  });

  it('answers 404 for unknown kinds', async () => {
    const response = await request('/sim/nosuch/demo/x');
    expect(response.status).toBe(404);
  });

  it('answers CORS preflights and exposes the useful headers', async () => {
    const preflight = await request('/sim/jidoteki/demo/api/v1/admin/version', {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://other.test',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toBe('content-type');
    const id = newInstance();
    const response = await send(id, 'GET', 'version');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Expose-Headers')).toBe(
      'Content-Disposition, Location, Error-Message, X-Total-Count, Link',
    );
  });

  it('passes the rest of the path to the kind', async () => {
    const id = newInstance();
    await send(id, 'GET', 'update/log');
    const state = await snapshot(id);
    expect(state.requestLog).toEqual([
      expect.objectContaining({ method: 'GET', path: '/api/v1/admin/update/log', status: 404 }),
    ]);
  });
});

describe('control API', () => {
  it('answers with no-store and CORS headers', async () => {
    const id = newInstance();
    const response = await control(id);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(await response.json()).toMatchObject({
      kind: 'jidoteki',
      instance: id,
      token: 'demo-token',
      latencyMs: 0,
      fault: 'none',
      rejectedForValidation: 0,
      requestLog: [],
    });
  });

  it('keeps query parameter names, not values, in the request log', async () => {
    const id = newInstance();
    await send(id, 'GET', 'version', { auth: { token: 'secret-value' } });
    const state = await snapshot(id);
    expect(state.requestLog).toEqual([expect.objectContaining({ query: ['token'], status: 403 })]);
    expect(JSON.stringify(state.requestLog)).not.toContain('secret-value');
  });

  it('keeps the last 200 requests', async () => {
    const id = newInstance();
    for (let i = 0; i < 205; i += 1) await send(id, 'GET', 'version');
    const state = await snapshot(id);
    expect(state.requestLog).toHaveLength(200);
    expect(state.requestCount).toBe(205);
  });

  it('resets an instance to defaults', async () => {
    const id = newInstance();
    await control(id, { token: 'other', version: '9.9.9' });
    await send(id, 'POST', 'update', { auth: { token: 'other' }, form: { update: 'x' } });
    expect(await snapshot(id)).toMatchObject({ token: 'other', rejectedForValidation: 1 });
    await control(id, { reset: true });
    expect(await snapshot(id)).toMatchObject({
      token: 'demo-token',
      version: '1.0.0',
      rejectedForValidation: 0,
      requestLog: [],
    });
  });

  it('isolates instances', async () => {
    const a = newInstance();
    const b = newInstance();
    await control(a, { token: 'only-a' });
    expect((await send(b, 'GET', 'version')).status).toBe(200);
    expect((await send(a, 'GET', 'version')).status).toBe(403);
  });

  it('adds latency to every response of the instance', async () => {
    const id = newInstance();
    await control(id, { latencyMs: 80 });
    const started = performance.now();
    await send(id, 'GET', 'version');
    expect(performance.now() - started).toBeGreaterThanOrEqual(70);
    const other = newInstance();
    const quick = performance.now();
    await send(other, 'GET', 'version');
    expect(performance.now() - quick).toBeLessThan(70);
  });

  it('injects faults into the next N requests', async () => {
    const id = newInstance();
    await control(id, { fault: 'drop', faultCount: 2 });
    expect(await handleSimRequest(versionRequest(id))).toBe(DROP_CONNECTION);
    expect(await handleSimRequest(versionRequest(id))).toBe(DROP_CONNECTION);
    expect((await send(id, 'GET', 'version')).status).toBe(200);

    await control(id, { fault: '500', faultCount: 1 });
    expect((await send(id, 'GET', 'version')).status).toBe(500);
    expect((await send(id, 'GET', 'version')).status).toBe(200);

    await control(id, { fault: 'malformed' });
    for (let i = 0; i < 3; i += 1) {
      const response = await send(id, 'GET', 'version');
      expect(response.status).toBe(200);
      await expect(response.json()).rejects.toThrow();
    }
    await control(id, { fault: 'none' });
    expect(await (await send(id, 'GET', 'version')).json()).toEqual({ version: '1.0.0' });
    const log = (await snapshot(id)).requestLog as { status: unknown; fault?: string }[];
    expect(log.slice(0, 3)).toEqual([
      expect.objectContaining({ status: 'dropped', fault: 'drop' }),
      expect.objectContaining({ status: 'dropped', fault: 'drop' }),
      expect.objectContaining({ status: 200 }),
    ]);
  });

  it('rejects unknown or invalid control fields without changing anything', async () => {
    const id = newInstance();
    const unknown = await control(id, { tokn: 'x' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ error: 'Unknown control field(s): tokn' });
    const invalid = await control(id, { token: 'x', jobStepMs: -1 });
    expect(invalid.status).toBe(400);
    expect((await snapshot(id)).token).toBe('demo-token');
    const fault = await control(id, { fault: 'explode' });
    expect(fault.status).toBe(400);
  });

  it('resets every instance with reset-all', async () => {
    const id = newInstance();
    await control(id, { token: 'changed' });
    const response = await request('/sim/_control/reset-all', { method: 'POST' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect((await snapshot(id)).token).toBe('demo-token');
  });
});

function versionRequest(id: string): Request {
  return new Request(`http://sim.test/sim/jidoteki/${id}/api/v1/admin/version?token=demo-token`);
}
