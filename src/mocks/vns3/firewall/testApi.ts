import { DROP_CONNECTION } from '../../framework/http.ts';
import { handleSimRequest } from '../../framework/router.ts';

const ORIGIN = 'http://sim.test';
// Tests read the JSON loosely; each assertion checks the shape it needs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const AUTH = `Basic ${Buffer.from('api:demo-api-password').toString('base64')}`;

let counter = 0;

/** A fresh VNS3 instance id for one test. */
export function newVns3Instance(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Calls `/api<path>` on the instance; returns the status and the parsed JSON (or text). */
export async function vns3Call(
  instance: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Json; headers: Headers }> {
  const result = await handleSimRequest(
    new Request(`${ORIGIN}/sim/vns3/${instance}/api${path}`, {
      method,
      headers: { Authorization: AUTH, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  if (result === DROP_CONNECTION) throw new Error('dropped');
  const text = await result.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // plain text downloads
  }
  return { status: result.status, body: parsed, headers: result.headers };
}

export async function vns3Control(instance: string, body?: Record<string, unknown>): Promise<Json> {
  const result = await handleSimRequest(
    new Request(`${ORIGIN}/sim/_control/vns3/${instance}`, {
      method: body ? 'POST' : 'GET',
      body: body ? JSON.stringify(body) : undefined,
    }),
  );
  if (result === DROP_CONNECTION) throw new Error('dropped');
  return result.json();
}
