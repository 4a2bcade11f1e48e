import { DROP_CONNECTION, handleSimRequest } from '../../framework/router.ts';

const ORIGIN = 'http://sim.test';
let counter = 0;

export const basic = (password: string) =>
  `Basic ${Buffer.from(`api:${password}`).toString('base64')}`;

export interface CallOptions {
  json?: unknown;
  text?: string;
  password?: string;
  headers?: Record<string, string>;
}

/** One fresh controller per test, reset through the control API. */
export async function newController(fields: Record<string, unknown> = {}): Promise<string> {
  counter += 1;
  const id = `system-test-${counter}`;
  await controlCall(id, { reset: true, ...fields });
  return id;
}

export async function call(
  id: string,
  method: string,
  path: string,
  { json, text, password = 'demo-api-password', headers = {} }: CallOptions = {},
): Promise<Response | typeof DROP_CONNECTION> {
  const body = json === undefined ? text : JSON.stringify(json);
  return handleSimRequest(
    new Request(`${ORIGIN}/sim/vns3/${id}/api${path}`, {
      method,
      body,
      headers: {
        ...(password ? { Authorization: basic(password) } : {}),
        ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(text === undefined ? {} : { 'Content-Type': 'text/plain' }),
        ...headers,
      },
    }),
  );
}

export async function send(
  id: string,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Response> {
  const result = await call(id, method, path, options);
  if (result === DROP_CONNECTION) throw new Error(`${method} ${path} dropped the connection`);
  return result;
}

/** The `response` payload of a 2xx answer; fails on any other status. */
export async function payload<T = Record<string, unknown>>(
  id: string,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<T> {
  const response = await send(id, method, path, options);
  const body = (await response.json()) as { response: T };
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(body)}`);
  return body.response;
}

export async function errorOf(
  id: string,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<{ status: number; name: string; message: string }> {
  const response = await send(id, method, path, options);
  const body = (await response.json()) as { error: { name: string; message: string } };
  return { status: response.status, name: body.error.name, message: body.error.message };
}

export async function controlCall(
  id: string,
  body?: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const result = await handleSimRequest(
    new Request(`${ORIGIN}/sim/_control/vns3/${id}`, {
      method: body ? 'POST' : 'GET',
      body: body ? JSON.stringify(body) : null,
      headers: body ? { 'Content-Type': 'application/json' } : {},
    }),
  );
  if (result === DROP_CONNECTION) throw new Error('control call dropped');
  const json = (await result.json()) as Record<string, unknown>;
  if (!result.ok) throw new Error(JSON.stringify(json));
  return json;
}
