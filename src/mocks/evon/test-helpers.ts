import { DROP_CONNECTION } from '../framework/http.ts';
import { handleSimRequest } from '../framework/router.ts';
import { DEMO_TOKEN } from './state.ts';

export const ORIGIN = 'http://sim.test';

let counter = 0;

export function newHub(): string {
  counter += 1;
  return `evon-test-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function api(
  hub: string,
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? DEMO_TOKEN : options.token;
  if (token !== null) headers.Authorization = `Token ${token}`;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData || typeof options.body === 'string') {
    body = options.body;
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const result = await handleSimRequest(
    new Request(`${ORIGIN}/sim/evon/${hub}${path}`, { method, headers, body }),
  );
  if (result === DROP_CONNECTION) throw new Error('dropped');
  return result;
}

export async function json(
  hub: string,
  method: string,
  path: string,
  options: Parameters<typeof api>[3] = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await api(hub, method, path, options);
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

export async function control(hub: string, fields?: Record<string, unknown>) {
  const result = await handleSimRequest(
    new Request(`${ORIGIN}/sim/_control/evon/${hub}`, {
      method: fields ? 'POST' : 'GET',
      body: fields ? JSON.stringify(fields) : undefined,
    }),
  );
  if (result === DROP_CONNECTION) throw new Error('dropped');
  return { status: result.status, body: (await result.json()) as Record<string, unknown> };
}
