import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { DROP_CONNECTION } from './http.ts';
import { SIM_PREFIX } from './paths.ts';

export type SimHandler = (request: Request) => Promise<Response | typeof DROP_CONNECTION>;

export type NodeMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

const SKIPPED_REQUEST_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
]);

export function toWebRequest(req: IncomingMessage): Request {
  const host = req.headers.host ?? 'localhost';
  const url = new URL(req.url ?? '/', `http://${host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':') || SKIPPED_REQUEST_HEADERS.has(name)) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex: 'half' } = {
    method,
    headers,
    duplex: 'half',
    body: hasBody ? (Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>) : null,
  };
  return new Request(url, init);
}

export async function writeWebResponse(
  req: IncomingMessage,
  res: ServerResponse,
  result: Response | typeof DROP_CONNECTION,
): Promise<void> {
  if (result === DROP_CONNECTION) {
    req.socket.destroy();
    return;
  }
  const body =
    result.body && result.status !== 204 && result.status !== 304
      ? Buffer.from(await result.arrayBuffer())
      : undefined;
  res.statusCode = result.status;
  if (result.statusText) res.statusMessage = result.statusText;
  result.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = result.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  res.end(body);
}

export function createSimMiddleware(handler: SimHandler): NodeMiddleware {
  return (req, res, next) => {
    if (!req.url?.startsWith(SIM_PREFIX)) {
      next();
      return;
    }
    void (async () => {
      try {
        const result = await handler(toWebRequest(req));
        await writeWebResponse(req, res, result);
      } catch (error) {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        res.statusCode = 500;
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ error: `Simulator error: ${String(error)}` }));
      }
    })();
  };
}
