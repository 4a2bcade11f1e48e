import { DROP_CONNECTION } from '../../framework/http.ts';
import { handleSimRequest } from '../../framework/router.ts';
import { issueJwt } from '../jwt.ts';
import { DEMO_TENANT, DEMO_USER_ID } from '../state.ts';

const ORIGIN = 'http://sim.test';
let counter = 0;

export function newInstance(): string {
  counter += 1;
  return `shns-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export interface Auth {
  jwt?: { id: string; username: string; tenant: string };
  apiKey?: string;
}

export const demoOwner: Auth = {
  jwt: { id: DEMO_USER_ID, username: 'demo', tenant: DEMO_TENANT },
};

export async function api(
  instance: string,
  method: string,
  path: string,
  auth: Auth | null = demoOwner,
  body?: unknown,
): Promise<Response> {
  const headers = new Headers();
  if (auth?.jwt) {
    headers.set('Authorization', `Bearer ${issueJwt({ ...auth.jwt, mfa: false }, Date.now())}`);
  }
  if (auth?.apiKey) headers.set('X-API-KEY', auth.apiKey);
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
  if (!result.ok) throw new Error(`control: ${result.status} ${await result.text()}`);
  return (await result.json()) as Record<string, unknown>;
}

/** Adds a user through the account slice's `users` field and returns how to call as them. */
export async function addUser(
  instance: string,
  spec: { username: string; role?: string; tenant?: string; email?: string },
): Promise<Auth & { id: string }> {
  await control(instance, { users: [{ password: 'secret-pass', ...spec }] });
  const snapshot = (await control(instance)) as { users: { id: string; username: string }[] };
  const user = snapshot.users.find((candidate) => candidate.username === spec.username);
  if (!user) throw new Error(`user ${spec.username} was not created`);
  return {
    id: user.id,
    jwt: { id: user.id, username: spec.username, tenant: spec.tenant ?? DEMO_TENANT },
  };
}

export async function rejected(instance: string): Promise<number> {
  const snapshot = (await control(instance)) as { rejectedForValidation: number };
  return snapshot.rejectedForValidation;
}
