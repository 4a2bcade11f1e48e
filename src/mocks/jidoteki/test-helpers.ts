import { DROP_CONNECTION } from '../framework/http.ts';
import { handleSimRequest } from '../framework/router.ts';
import { hashForToken } from './auth.ts';
import type { ApiMethod } from './auth.ts';

export const ORIGIN = 'http://sim.test';

let counter = 0;

export function newInstance(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export type Auth = { token: string } | { hash: string } | { hashOf: string } | 'none';

export interface CallOptions {
  auth?: Auth;
  query?: Record<string, string>;
  form?: Record<string, string | Blob>;
  body?: BodyInit;
  headers?: Record<string, string>;
}

export function apiUrl(
  instance: string,
  method: ApiMethod,
  endpoint: string,
  options: CallOptions = {},
): string {
  const url = new URL(`${ORIGIN}/sim/jidoteki/${instance}/api/v1/admin/${endpoint}`);
  const auth = options.auth ?? { token: 'demo-token' };
  if (auth !== 'none') {
    if ('token' in auth) url.searchParams.set('token', auth.token);
    else if ('hash' in auth) url.searchParams.set('hash', auth.hash);
    else url.searchParams.set('hash', hashForToken(auth.hashOf, method, endpoint));
  }
  for (const [name, value] of Object.entries(options.query ?? {})) {
    url.searchParams.set(name, value);
  }
  return url.href;
}

export async function call(
  instance: string,
  method: string,
  endpoint: string,
  options: CallOptions = {},
): Promise<Response | typeof DROP_CONNECTION> {
  const apiMethod: ApiMethod = method === 'POST' ? 'POST' : 'GET';
  let body = options.body;
  if (options.form) {
    const form = new FormData();
    for (const [name, value] of Object.entries(options.form)) {
      if (typeof value === 'string') form.append(name, value);
      else form.append(name, value, `${name}.bin`);
    }
    body = form;
  }
  return handleSimRequest(
    new Request(apiUrl(instance, apiMethod, endpoint, options), {
      method,
      body,
      headers: options.headers,
    }),
  );
}

export async function send(
  instance: string,
  method: string,
  endpoint: string,
  options: CallOptions = {},
): Promise<Response> {
  const result = await call(instance, method, endpoint, options);
  if (result === DROP_CONNECTION) throw new Error(`${method} ${endpoint} dropped the connection`);
  return result;
}

export async function getJson(
  instance: string,
  endpoint: string,
  options: CallOptions = {},
): Promise<unknown> {
  return (await send(instance, 'GET', endpoint, options)).json();
}

export async function control(
  instance: string,
  body?: Record<string, unknown>,
  kind = 'jidoteki',
): Promise<Response> {
  const result = await handleSimRequest(
    new Request(`${ORIGIN}/sim/_control/${kind}/${instance}`, {
      method: body ? 'POST' : 'GET',
      body: body ? JSON.stringify(body) : undefined,
      headers: body ? { 'Content-Type': 'application/json' } : undefined,
    }),
  );
  if (result === DROP_CONNECTION) throw new Error('control call dropped');
  return result;
}

export async function snapshot(instance: string): Promise<Record<string, unknown>> {
  return (await (await control(instance)).json()) as Record<string, unknown>;
}

export function file(content: string | Uint8Array, type = 'application/octet-stream'): Blob {
  return new Blob([content as BlobPart], { type });
}

export function updatePackage(marker = '', version?: string): Blob {
  const body = `Salted__${'\u0001'.repeat(8)}${marker}${version ? `\nversion=${version}\n` : ''}`;
  return file(body);
}
