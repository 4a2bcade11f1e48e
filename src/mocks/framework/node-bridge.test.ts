// @vitest-environment node
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimMiddleware } from './node-bridge.ts';
import { handleSimRequest } from './router.ts';

let server: Server;
let origin: string;

beforeAll(async () => {
  const middleware = createSimMiddleware(handleSimRequest);
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 418;
      res.end('next');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('node bridge', () => {
  it('passes other paths to the next middleware', async () => {
    const response = await fetch(`${origin}/index.html`);
    expect(response.status).toBe(418);
  });

  it('writes status, headers and body over real HTTP', async () => {
    const response = await fetch(`${origin}/sim/jidoteki/bridge/api/v1/admin/version?token=x`);
    expect(response.status).toBe(403);
    expect(response.statusText).toBe('Forbidden');
    expect(response.headers.get('error-message')).toBe('Authentication error');
    expect(response.headers.get('server')).toBe('PicoLisp');
    expect(await response.json()).toEqual({
      Status: '403 Forbidden',
      'Error-Message': 'Authentication error',
    });
  });

  it('streams a multipart body into the simulator', async () => {
    const form = new FormData();
    form.append('update', new Blob(['Salted__xxxxxxxx']), 'software_package.enc');
    const response = await fetch(
      `${origin}/sim/jidoteki/bridge-upload/api/v1/admin/update?token=demo-token`,
      { method: 'POST', body: form },
    );
    expect(response.status).toBe(202);
    expect(response.headers.get('location')).toBe('/api/v1/admin/update');
  });

  it('closes the connection without a response when the simulator drops it', async () => {
    await expect(
      fetch(`${origin}/sim/jidoteki/bridge/api/v1/admin/version?token=demo-token&_=1`),
    ).rejects.toThrow();
    await expect(
      fetch(`${origin}/sim/jidoteki/bridge/api/v1/admin/update?token=demo-token`, {
        method: 'POST',
      }),
    ).rejects.toThrow();
  });

  it('serves control calls', async () => {
    const response = await fetch(`${origin}/sim/_control/jidoteki/bridge-control`, {
      method: 'POST',
      body: JSON.stringify({ version: '2.0.0' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ version: '2.0.0' });
  });
});
