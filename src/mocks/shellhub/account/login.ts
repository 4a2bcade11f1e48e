import { randomUUID } from 'node:crypto';
import { empty, invalid, json, message, readJsonObject } from '../http.ts';
import type { ShellHubRoute, ShellHubRouteContext } from '../routes.ts';
import { MFA_TOKEN_SECONDS } from './state.ts';
import { requireStrings } from './rules.ts';
import { findByIdentifier, landingTenant, userAuth } from './userAuth.ts';

async function login({ state, request, now }: ShellHubRouteContext) {
  const body = await readJsonObject(request);
  if (!body.ok) return body.outcome;
  const fields = requireStrings(body.value, ['username', 'password']);
  if (!fields.ok) return invalid(fields.fields);
  const { username, password } = fields.value;
  const { account } = state;
  const key = username.trim().toLowerCase();
  const failures = account.failures.get(key) ?? { count: 0, lockedUntil: 0 };
  if (failures.lockedUntil > now) return lockedOut(failures.lockedUntil);
  const user = findByIdentifier(state, username);
  if (!user || user.password !== password) {
    failures.count += 1;
    if (failures.count >= account.lockoutAfter) {
      failures.count = 0;
      failures.lockedUntil = now + account.lockoutSeconds * 1000;
      account.failures.set(key, failures);
      return lockedOut(failures.lockedUntil);
    }
    account.failures.set(key, failures);
    return {
      result: new Response(JSON.stringify({ message: 'invalid username or password' }), {
        status: 401,
        statusText: 'Unauthorized',
        headers: { 'Content-Type': 'application/json', 'X-Account-Lockout': '0' },
      }),
    };
  }
  account.failures.delete(key);
  if (!user.confirmed) return message(403, 'the e-mail address of this account is not confirmed');
  if (user.awaitingApproval) return message(423, 'this account is awaiting approval');
  if (user.mfa.enabled) {
    const token = randomUUID();
    account.mfaTokens.set(token, { userId: user.id, expiresAt: now + MFA_TOKEN_SECONDS * 1000 });
    return empty(401, { 'X-MFA-Token': token });
  }
  return json(userAuth(state, user, landingTenant(state, user), now), 200, {
    'X-MFA-Token': '',
    'X-Account-Lockout': '0',
  });
}

function lockedOut(untilMs: number) {
  return {
    result: new Response(
      JSON.stringify({ message: 'too many failed login attempts; try again later' }),
      {
        status: 429,
        statusText: 'Too Many Requests',
        headers: {
          'Content-Type': 'application/json',
          'X-Account-Lockout': String(Math.ceil(untilMs / 1000)),
        },
      },
    ),
  };
}

function info({ state }: ShellHubRouteContext) {
  return json({
    version: state.version,
    endpoints: { ssh: 'localhost:22', api: 'localhost:80' },
    // true once the first-run setup is done (the seed's sample for a running server)
    setup: state.account.setupSign === null,
    authentication: { local: true, saml: false },
  });
}

export const loginRoutes: ShellHubRoute[] = [
  { method: 'GET', pattern: '/info', auth: 'none', handle: info },
  { method: 'GET', pattern: '/api/info', auth: 'none', handle: info },
  { method: 'POST', pattern: '/api/login', auth: 'none', handle: login },
  { method: 'POST', pattern: '/api/auth/user', auth: 'none', handle: login },
  {
    method: 'GET',
    pattern: '/api/auth/user',
    auth: 'jwt',
    handle: ({ state, caller, now }) =>
      caller?.via === 'jwt'
        ? json(userAuth(state, caller.user, caller.tenant, now))
        : message(401, 'unauthorized'),
  },
];
