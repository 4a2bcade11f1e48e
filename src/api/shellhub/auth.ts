import { z } from 'zod/mini';
import type { HttpClient } from '../http';
import { parseBody, parseWith } from '../http';
import { userAuthSchema } from './userAuth';

/** Unauthenticated account calls of the sign-in page; `client` carries no credential. */
export function login(client: HttpClient, body: { username: string; password: string }) {
  return client.json({ method: 'POST', path: '/api/login', body }, userAuthSchema);
}

/** Second step: the X-MFA-Token of the 401 and a 6-digit code. */
export function authenticateMfa(client: HttpClient, body: { token: string; code: string }) {
  return client.json({ method: 'POST', path: '/api/user/mfa/auth', body }, userAuthSchema);
}

/** Signs in with a single-use recovery code; `expiresAt` ends the window to disable MFA freely. */
export async function recoverWithCode(
  client: HttpClient,
  body: { identifier: string; recovery_code: string },
) {
  const response = await client.send({ method: 'POST', path: '/api/user/mfa/recover', body });
  const auth = parseWith(userAuthSchema, await parseBody(response), 'POST /api/user/mfa/recover');
  const header = Number(response.headers.get('X-Expires-At'));
  return { auth, expiresAt: Number.isFinite(header) && header > 0 ? header * 1000 : null };
}

export async function requestMfaReset(client: HttpClient, body: { identifier: string }) {
  const response = await client.json(
    { method: 'POST', path: '/api/user/mfa/reset', body },
    z.union([z.object({ token: z.string() }), z.null()]),
  );
  return response?.token ?? null;
}

export function completeMfaReset(
  client: HttpClient,
  id: string,
  body: { main_email_code: string; recovery_email_code: string },
) {
  return client.json(
    { method: 'PUT', path: `/api/user/mfa/reset/${encodeURIComponent(id)}`, body },
    userAuthSchema,
  );
}

export async function recoverPassword(client: HttpClient, body: { username: string }) {
  await client.send({ method: 'POST', path: '/api/user/recover_password', body });
}

export async function updatePassword(
  client: HttpClient,
  uid: string,
  body: { password: string; token: string },
) {
  await client.send({
    method: 'POST',
    path: `/api/user/${encodeURIComponent(uid)}/update_password`,
    body,
  });
}

export async function resendConfirmation(client: HttpClient, body: { username: string }) {
  await client.send({ method: 'POST', path: '/api/user/resend_email', body });
}

/** JWT sessions: who the token belongs to, with the role read now. */
export function fetchUserAuth(client: HttpClient, signal?: AbortSignal) {
  return client.json({ path: '/api/auth/user', signal }, userAuthSchema);
}

/** A fresh token for another namespace (`GET /api/auth/token/{tenant}`). */
export function tokenForTenant(client: HttpClient, tenant: string) {
  return client.json({ path: `/api/auth/token/${encodeURIComponent(tenant)}` }, userAuthSchema);
}

/** API-key sessions: the key's namespace (`GET /api/namespaces/{tenant}` accepts keys). */
export function fetchNamespaceWithKey(client: HttpClient, tenant: string, signal?: AbortSignal) {
  return client.json(
    { path: `/api/namespaces/${encodeURIComponent(tenant)}`, signal },
    z.object({ tenant_id: z.string(), name: z.string() }),
  );
}

export interface Registration {
  name: string;
  email: string;
  username: string;
  password: string;
  email_marketing: boolean;
}

/** `POST /api/register`: an unconfirmed account; the server e-mails a confirmation link. */
export async function register(client: HttpClient, body: Registration) {
  await client.send({ method: 'POST', path: '/api/register', body: { ...body } });
}

/** `GET /api/user/validation_account?email=&token=`: what the e-mailed link confirms. */
export async function validateAccount(client: HttpClient, link: { email: string; token: string }) {
  await client.send({ path: '/api/user/validation_account', query: { ...link } });
}

/** `POST /api/setup?sign=`: the first-run admin and namespace, with the setup script's signature. */
export async function setupServer(
  client: HttpClient,
  sign: string,
  body: { name: string; email: string; username: string; password: string },
) {
  await client.send({ method: 'POST', path: '/api/setup', query: { sign }, body: { ...body } });
}
