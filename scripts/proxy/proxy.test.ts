// @vitest-environment node
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProxyConfig, watchedProxyConfig } from './config.mjs';
import type { ProxyConfig } from './config.mjs';
import {
  createProxyMiddleware,
  createProxyUpgradeHandler,
  forwardableHeaders,
  redactedPath,
} from './proxy.mjs';
import type { Duplex } from 'node:stream';

const servers: http.Server[] = [];

const sockets = new Set<Socket>();

async function listen(server: http.Server): Promise<string> {
  servers.push(server);
  // Upgraded (WebSocket) sockets leave the server's bookkeeping; track them to close them.
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  sockets.forEach((socket) => socket.destroy());
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise((resolve) => {
          server.closeAllConnections();
          server.close(resolve);
        }),
    ),
  );
});

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** An upstream that answers with what it received. */
async function echoUpstream(onChunk?: (chunk: Buffer) => void) {
  const seen: Seen[] = [];
  const url = await listen(
    http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        onChunk?.(chunk);
      });
      req.on('end', () => {
        const entry = {
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString(),
        };
        seen.push(entry);
        res.writeHead(201, {
          'Content-Type': 'application/json',
          'Proxy-Authenticate': 'Basic',
          Connection: 'X-Upstream-Hop',
          'X-Upstream-Hop': '1',
        });
        res.end(JSON.stringify({ path: entry.url, length: entry.body.length }));
      });
    }),
  );
  return { url, seen };
}

async function proxyFor(config: ProxyConfig) {
  const lines: string[] = [];
  const middleware = createProxyMiddleware({
    getConfig: () => config,
    log: (line) => lines.push(line),
  });
  const url = await listen(
    http.createServer((req, res) =>
      middleware(req, res, () => {
        res.writeHead(418).end('not the proxy');
      }),
    ),
  );
  return { url, lines };
}

/** node:http, because fetch refuses a Connection header and normalises `..` away. */
function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const { origin, pathname, search } = new URL(url.replace(/%2e/g, 'DOT'));
    const request = http.request(origin, {
      method: options.method ?? 'GET',
      headers: options.headers,
      path: (pathname + search).replace(/DOT/g, '%2e'),
    });
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: Buffer.concat(chunks).toString(),
        }),
      );
    });
    request.end(options.body);
  });
}

const target = (id: string, url: string) => ({ id, url, ca: undefined, insecureSkipVerify: false });

describe('proxy middleware', () => {
  it('forwards method, path, query, body and credentials, and strips hop-by-hop headers', async () => {
    const upstream = await echoUpstream();
    const proxy = await proxyFor({ targets: [target('lab', `${upstream.url}/base`)] });

    const response = await rawRequest(
      `${proxy.url}/proxy/lab/api/v1/admin/settings?hash=s3cret&x=1`,
      {
        method: 'POST',
        headers: {
          Authorization: 'Bearer top-secret',
          'X-API-KEY': 'key-secret',
          Origin: 'http://console.example',
          'Content-Type': 'application/json',
          'X-Custom': 'kept',
          Connection: 'X-Custom-Hop',
          'X-Custom-Hop': 'dropped',
        },
        body: '{"a":1}',
      },
    );

    expect(response.status).toBe(201);
    expect(response.headers['proxy-authenticate']).toBeUndefined();
    expect(response.headers['x-upstream-hop']).toBeUndefined();
    expect(response.headers['content-type']).toBe('application/json');
    expect(JSON.parse(response.text)).toEqual({
      path: '/base/api/v1/admin/settings?hash=s3cret&x=1',
      length: 7,
    });
    const [seen] = upstream.seen;
    expect(seen?.method).toBe('POST');
    expect(seen?.body).toBe('{"a":1}');
    expect(seen?.headers.authorization).toBe('Bearer top-secret');
    expect(seen?.headers['x-api-key']).toBe('key-secret');
    expect(seen?.headers['x-custom']).toBe('kept');
    expect(seen?.headers['x-custom-hop']).toBeUndefined();
    expect(seen?.headers.origin).toBeUndefined();
    expect(seen?.headers.host).toBe(new URL(upstream.url).host);
  });

  it('never logs credential values: headers are not logged, query values are redacted', async () => {
    const upstream = await echoUpstream();
    const proxy = await proxyFor({ targets: [target('lab', upstream.url)] });
    await fetch(`${proxy.url}/proxy/lab/api/x?hash=HASHVALUE&token=TOKENVALUE`, {
      headers: { Authorization: 'Bearer AUTHVALUE', 'api-token': 'APITOKENVALUE' },
    });
    await expect.poll(() => proxy.lines.length).toBe(1);
    const line = proxy.lines[0] ?? '';
    expect(line).toMatch(/^GET \/proxy\/lab\/api\/x\?hash&token → 201 \d+ ms$/);
    for (const secret of ['HASHVALUE', 'TOKENVALUE', 'AUTHVALUE', 'APITOKENVALUE']) {
      expect(line).not.toContain(secret);
    }
  });

  it('streams a request body to the upstream before the browser has finished sending it', async () => {
    let received = 0;
    let firstArrived: () => void = () => {};
    const arrived = new Promise<void>((resolve) => (firstArrived = resolve));
    const upstream = await echoUpstream((chunk) => {
      received += chunk.length;
      firstArrived();
    });
    const proxy = await proxyFor({ targets: [target('lab', upstream.url)] });
    const megabyte = 'x'.repeat(1024 * 1024);
    let sentSecond = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!sentSecond && received === 0) {
          controller.enqueue(new TextEncoder().encode(megabyte));
          // The second half is only produced once the first reached the upstream.
          await arrived;
          return;
        }
        if (!sentSecond) {
          sentSecond = true;
          controller.enqueue(new TextEncoder().encode(megabyte));
          return;
        }
        controller.close();
      },
    });
    const response = await fetch(`${proxy.url}/proxy/lab/upload`, {
      method: 'PUT',
      body,
      duplex: 'half',
    } as RequestInit);
    expect(await response.json()).toEqual({ path: '/upload', length: 2 * 1024 * 1024 });
  });

  it('answers an unknown target with 404 and a dot-segment path with 400', async () => {
    const upstream = await echoUpstream();
    const proxy = await proxyFor({ targets: [target('lab', `${upstream.url}/base`)] });
    const unknown = await fetch(`${proxy.url}/proxy/other/x`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe(
      'The proxy has no target "other". Add it to the proxy configuration.',
    );
    const climbing = await rawRequest(`${proxy.url}/proxy/lab/%2e%2e/secret`, {});
    expect(climbing.status).toBe(400);
    expect(upstream.seen).toEqual([]);
  });

  it('explains an upstream that refuses the connection with 502', async () => {
    const closed = http.createServer();
    const url = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const proxy = await proxyFor({ targets: [target('gone', url)] });
    const response = await fetch(`${proxy.url}/proxy/gone/ping`);
    expect(response.status).toBe(502);
    expect(response.headers.get('x-switchboard-proxy')).toBe('error');
    expect(await response.text()).toBe(
      `The proxy could not connect to ${new URL(url).host}: connection refused.`,
    );
  });

  it('lists target ids, addresses and TLS mode, never CA contents', async () => {
    const proxy = await proxyFor({
      targets: [
        {
          id: 'a',
          url: 'https://a.example',
          ca: Buffer.from('PEM DATA'),
          insecureSkipVerify: false,
        },
        { id: 'b', url: 'https://b.example', ca: undefined, insecureSkipVerify: true },
        target('c', 'http://c.example'),
      ],
    });
    const response = await fetch(`${proxy.url}/proxy/_targets`);
    expect(await response.json()).toEqual({
      targets: [
        { id: 'a', url: 'https://a.example', tls: 'ca' },
        { id: 'b', url: 'https://b.example', tls: 'skip-verify' },
        { id: 'c', url: 'http://c.example', tls: 'system' },
      ],
    });
  });

  it('leaves other paths to the next handler', async () => {
    const proxy = await proxyFor({ targets: [] });
    expect((await fetch(`${proxy.url}/proxyx/a`)).status).toBe(418);
  });
});

describe('proxy upgrade (WebSocket)', () => {
  async function upgradeThrough(path: string) {
    const upstreamSeen: http.IncomingHttpHeaders[] = [];
    const upstream = http.createServer((_req, res) => res.writeHead(426).end());
    upstream.on('upgrade', (req, socket: Duplex) => {
      upstreamSeen.push(req.headers);
      socket.write(
        'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Protocol: terminal\r\n\r\n',
      );
      socket.on('data', (chunk: Buffer) => socket.write(`echo:${chunk.toString()}`));
    });
    const upstreamUrl = await listen(upstream);
    const lines: string[] = [];
    const handler = createProxyUpgradeHandler({
      getConfig: () => ({ targets: [target('term', `${upstreamUrl}/base`)] }),
      log: (line) => lines.push(line),
    });
    const front = http.createServer((_req, res) => res.writeHead(404).end());
    front.on('upgrade', (req, socket: Duplex, head: Buffer) => {
      if (!handler(req, socket, head)) socket.destroy();
    });
    const frontUrl = await listen(front);
    const result = await new Promise<{ status: number; protocol?: string; reply?: string }>(
      (resolve, reject) => {
        const request = http.request(`${frontUrl}${path}`, {
          headers: {
            Connection: 'Upgrade',
            Upgrade: 'websocket',
            'Sec-WebSocket-Protocol': 'terminal',
            Authorization: 'Bearer ws-secret',
          },
        });
        request.on('error', reject);
        request.on('response', (response) => resolve({ status: response.statusCode ?? 0 }));
        request.on('upgrade', (response, socket) => {
          socket.once('data', (chunk: Buffer) => {
            resolve({
              status: response.statusCode ?? 0,
              protocol: String(response.headers['sec-websocket-protocol']),
              reply: chunk.toString(),
            });
            socket.destroy();
          });
          socket.write('ping');
        });
        request.end();
      },
    );
    return { result, upstreamSeen, lines };
  }

  it('tunnels a WebSocket to the target below its base path', async () => {
    const { result, upstreamSeen, lines } = await upgradeThrough('/proxy/term/ws/ssh?token=T0K');
    expect(result).toEqual({ status: 101, protocol: 'terminal', reply: 'echo:ping' });
    expect(upstreamSeen[0]?.authorization).toBe('Bearer ws-secret');
    expect(upstreamSeen[0]?.upgrade).toBe('websocket');
    expect(lines).toEqual(['UPGRADE /proxy/term/ws/ssh?token → 101']);
  });

  it('refuses an unknown target', async () => {
    const { result, upstreamSeen } = await upgradeThrough('/proxy/nope/ws');
    expect(result.status).toBe(404);
    expect(upstreamSeen).toEqual([]);
  });
});

describe('forwardableHeaders and redactedPath', () => {
  it('drops hop-by-hop headers and the ones Connection names', () => {
    expect(
      forwardableHeaders({
        connection: 'close, X-Foo',
        'x-foo': '1',
        'transfer-encoding': 'chunked',
        te: 'trailers',
        upgrade: 'h2c',
        accept: 'application/json',
      }),
    ).toEqual({ accept: 'application/json' });
  });

  it.each([
    ['/a/b', '/a/b'],
    ['/a?hash=abc&token=def&hash=x', '/a?hash&token'],
    ['/a?', '/a'],
  ])('%s is logged as %s', (input, expected) => {
    expect(redactedPath(input)).toBe(expected);
  });
});

describe('proxy config', () => {
  it('reads targets with a CA file relative to the config', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proxy-config-'));
    fs.writeFileSync(path.join(dir, 'ca.pem'), 'PEM');
    const config = parseProxyConfig(
      {
        targets: [
          { id: 'edge', url: 'https://edge.example:8443/', ca: 'ca.pem' },
          { id: 'lab', url: 'http://10.0.0.5', insecureSkipVerify: true },
        ],
      },
      dir,
    );
    expect(
      config.targets.map((t) => [t.id, t.url, t.ca?.toString(), t.insecureSkipVerify]),
    ).toEqual([
      ['edge', 'https://edge.example:8443', 'PEM', false],
      ['lab', 'http://10.0.0.5', undefined, true],
    ]);
  });

  it.each([
    [{}, 'expected {"targets": [...]}'],
    [{ targets: [{ id: '_targets', url: 'http://a' }] }, 'targets[0].id must be'],
    [{ targets: [{ id: 'a b', url: 'http://a' }] }, 'targets[0].id must be'],
    [{ targets: [{ id: 'a', url: 'ftp://a' }] }, 'targets[0].url must be http:// or https://'],
    [{ targets: [{ id: 'a', url: 'http://u:p@a' }] }, 'must not carry credentials'],
    [{ targets: [{ id: 'a', url: 'nope' }] }, 'targets[0].url is not a URL'],
    [{ targets: [{ id: 'a', url: 'http://a', insecureSkipVerify: 'yes' }] }, 'insecureSkipVerify'],
    [
      {
        targets: [
          { id: 'a', url: 'http://a' },
          { id: 'a', url: 'http://b' },
        ],
      },
      'used twice',
    ],
  ])('rejects %j', (raw, message) => {
    expect(() => parseProxyConfig(raw, '/')).toThrow(message);
  });

  it('re-reads a changed file, keeps the last good one when broken, and has no targets when missing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proxy-watch-'));
    const file = path.join(dir, 'proxy.json');
    const lines: string[] = [];
    const get = watchedProxyConfig(file, (line) => lines.push(line));
    expect(get().targets).toEqual([]);
    fs.writeFileSync(file, JSON.stringify({ targets: [{ id: 'a', url: 'http://a' }] }));
    expect(get().targets.map((t) => t.id)).toEqual(['a']);
    fs.writeFileSync(file, '{ broken json');
    expect(get().targets.map((t) => t.id)).toEqual(['a']);
    expect(lines.at(-1)).toContain('proxy: ignoring');
    fs.rmSync(file);
    expect(get().targets).toEqual([]);
  });
});
