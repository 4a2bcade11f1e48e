import { DROP_CONNECTION } from '../../framework/http.ts';
import { handleSimRequest } from '../../framework/router.ts';
import { issueJwt } from '../jwt.ts';
import { DEMO_TENANT, DEMO_USER_ID, DEMO_USERNAME } from '../state.ts';

const ORIGIN = 'http://sim.test';
let counter = 0;

export function newInstance(): string {
  counter += 1;
  return `shdev-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export const ownerJwt = (): string =>
  issueJwt(
    { id: DEMO_USER_ID, username: DEMO_USERNAME, tenant: DEMO_TENANT, mfa: false },
    Date.now(),
  );

export async function api(
  instance: string,
  method: string,
  path: string,
  body?: unknown,
  jwt: string | null = ownerJwt(),
): Promise<Response> {
  const headers = new Headers();
  if (jwt) headers.set('Authorization', `Bearer ${jwt}`);
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  const result = await handleSimRequest(
    new Request(`${ORIGIN}/sim/shellhub/${instance}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  if (result === DROP_CONNECTION) throw new Error(`${method} ${path} dropped`);
  return result;
}

export async function control(
  instance: string,
  body?: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const result = await handleSimRequest(
    new Request(`${ORIGIN}/sim/_control/shellhub/${instance}`, {
      method: body ? 'POST' : 'GET',
      body: body ? JSON.stringify(body) : undefined,
    }),
  );
  if (result === DROP_CONNECTION) throw new Error('control dropped');
  return (await result.json()) as Record<string, unknown>;
}

export const filterParam = (elements: unknown[]): string =>
  Buffer.from(JSON.stringify(elements)).toString('base64url');
