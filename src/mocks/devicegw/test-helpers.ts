import { DROP_CONNECTION } from '../framework/http.ts';
import { handleSimRequest } from '../framework/router.ts';

export const ORIGIN = 'http://sim.test';
export const TOKEN = 'demo-gateway-token';

let counter = 0;

export function newInstance(prefix = 'gw'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export interface CallOptions {
  token?: string | null;
  body?: BodyInit | Record<string, unknown> | unknown[];
  headers?: Record<string, string>;
}

export async function api(
  instance: string,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Response> {
  const headers = new Headers(options.headers);
  const token = options.token === undefined ? TOKEN : options.token;
  if (token !== null && !headers.has('OSF-TOKEN')) headers.set('Authorization', `Bearer ${token}`);
  let body = options.body as BodyInit | undefined;
  if (
    options.body &&
    (Array.isArray(options.body) || Object.getPrototypeOf(options.body) === Object.prototype)
  ) {
    body = JSON.stringify(options.body);
    headers.set('Content-Type', 'application/json');
  }
  const result = await handleSimRequest(
    new Request(`${ORIGIN}/sim/devicegw/${instance}${path}`, { method, headers, body }),
  );
  if (result === DROP_CONNECTION) throw new Error(`${method} ${path} dropped`);
  return result;
}

export async function control(instance: string, body?: Record<string, unknown>) {
  const result = await handleSimRequest(
    new Request(`${ORIGIN}/sim/_control/devicegw/${instance}`, {
      method: body ? 'POST' : 'GET',
      body: body ? JSON.stringify(body) : undefined,
    }),
  );
  if (result === DROP_CONNECTION) throw new Error('control dropped');
  return result;
}

/** A minimal ustar archive: one empty file. */
export function tarBytes(): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set(new TextEncoder().encode('tuf/root.json'), 0);
  bytes.set(new TextEncoder().encode('ustar'), 257);
  return bytes;
}
