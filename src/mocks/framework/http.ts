export const DROP_CONNECTION: unique symbol = Symbol.for('switchboard.sim.drop-connection');

export type SimResult = Response | typeof DROP_CONNECTION;

export const EXPOSED_HEADERS = [
  'Content-Disposition',
  'Location',
  'Error-Message',
  'X-Total-Count',
  'Link',
].join(', ');

export const CONTROL_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'Access-Control-Allow-Origin': '*',
};

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? '';
}

export function isDropped(result: SimResult): result is typeof DROP_CONNECTION {
  return result === DROP_CONNECTION;
}

export function jsonResponse(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    statusText: reasonPhrase(status),
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function withCors(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set('Access-Control-Allow-Origin', '*');
  headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

export function isPreflight(request: Request): boolean {
  return request.method === 'OPTIONS' && request.headers.has('Access-Control-Request-Method');
}

export function preflightResponse(request: Request): Response {
  return new Response(null, {
    status: 204,
    statusText: reasonPhrase(204),
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
      'Access-Control-Allow-Headers':
        request.headers.get('Access-Control-Request-Headers') ?? 'Content-Type, Authorization',
      'Access-Control-Expose-Headers': EXPOSED_HEADERS,
      'Access-Control-Max-Age': '600',
    },
  });
}

export function sleep(ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, ms));
}
