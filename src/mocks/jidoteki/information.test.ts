// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { handleSimRequest } from '../framework/router.ts';
import { control, getJson, newInstance, send } from './test-helpers.ts';

describe('jidoteki information and support endpoints', () => {
  it('serves the changelog as text, with an HTML payload left as text', async () => {
    const id = newInstance();
    const response = await send(id, 'GET', 'changelog');
    expect(response.headers.get('Content-Type')).toBe('text/plain');
    const text = await response.text();
    expect(text).toMatch(/^# Changelog/);
    expect(text).toContain("<script>alert('changelog')</script>");
  });

  it('serves build, health and services in the documented shapes', async () => {
    const id = newInstance();
    expect(await getJson(id, 'build')).toEqual({ builddate: expect.any(String) });
    expect(await getJson(id, 'health')).toEqual({
      disk: { used: '3.4G', total: '234G', percentage: 2 },
      memory: { used: '260M', total: '1000M', percentage: 26 },
      cpu: { num: 1, load: '0.66, 0.28, 0.14', cpu5min: 0 },
    });
    const { services } = (await getJson(id, 'services')) as { services: object[] };
    expect(services[0]).toEqual({ openssh: 'running' });
    expect(services.some((entry) => Object.values(entry).includes('not running'))).toBe(true);
  });

  it('answers 404 when the information file is missing', async () => {
    const id = newInstance();
    await control(id, { version: null, changelog: null });
    expect((await send(id, 'GET', 'version')).status).toBe(404);
    expect((await send(id, 'GET', 'changelog')).status).toBe(404);
  });

  it('downloads the logs and debug bundles as attachments', async () => {
    const id = newInstance();
    const logs = await send(id, 'GET', 'logs');
    expect(logs.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(logs.headers.get('Content-Disposition')).toBe('attachment; filename="logs.tar.gz"');
    const bytes = new Uint8Array(await logs.arrayBuffer());
    expect(bytes.length).toBeGreaterThanOrEqual(200 * 1024);
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    const debug = await send(id, 'GET', 'debug');
    expect(debug.headers.get('Content-Disposition')).toBe(
      'attachment; filename="debug-bundle.tar"',
    );
  });

  it('serves the HTML docs without authentication', async () => {
    const id = newInstance();
    const response = await handleSimRequest(new Request(`http://sim.test/sim/jidoteki/${id}/docs`));
    if (!(response instanceof Response)) throw new Error('dropped');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('API documentation');
  });
});
