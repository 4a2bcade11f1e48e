// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { handleSimRequest } from '../../framework/router.ts';
import { DEMO_TENANT } from '../state.ts';
import { DEMO_RECOVERY_CODES, DEMO_TOTP_SECRET } from './control.ts';
import { totp } from './totp.ts';

let counter = 0;
const newInstance = () => `account-${(counter += 1)}-${Math.random().toString(36).slice(2, 8)}`;

async function call(
  instance: string,
  method: string,
  path: string,
  options: { body?: unknown; jwt?: string; apiKey?: string } = {},
): Promise<Response> {
  const headers = new Headers();
  if (options.jwt) headers.set('Authorization', `Bearer ${options.jwt}`);
  if (options.apiKey) headers.set('X-API-KEY', options.apiKey);
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  const result = await handleSimRequest(
    new Request(`http://sim.test/sim/shellhub/${instance}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    }),
  );
  if (!(result instanceof Response)) throw new Error('dropped');
  return result;
}

async function control(instance: string, body: Record<string, unknown>) {
  const response = await handleSimRequest(
    new Request(`http://sim.test/sim/_control/shellhub/${instance}`, {
      method: 'POST',
      body: JSON.stringify(body),
    }),
  );
  if (!(response instanceof Response)) throw new Error('dropped');
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function login(instance: string, username: string, password: string) {
  return call(instance, 'POST', '/api/login', { body: { username, password } });
}

async function jwtOf(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

describe('ShellHub login', () => {
  it('signs the demo user in by username or e-mail with userAuth and the role', async () => {
    const id = newInstance();
    for (const identifier of ['demo', 'DEMO@example.com']) {
      const response = await login(id, identifier, 'demo-password');
      expect(response.status).toBe(200);
      expect(response.headers.get('X-Account-Lockout')).toBe('0');
      const auth = (await response.json()) as Record<string, unknown>;
      expect(auth).toMatchObject({ user: 'demo', tenant: DEMO_TENANT, role: 'owner', mfa: false });
      const me = await call(id, 'GET', '/api/auth/user', { jwt: auth.token as string });
      expect(me.status).toBe(200);
    }
  });

  it('answers 401 without an MFA token for wrong credentials, 400 for missing fields', async () => {
    const id = newInstance();
    const wrong = await login(id, 'demo', 'nope');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('X-MFA-Token')).toBeNull();
    const missing = await call(id, 'POST', '/api/login', { body: { username: 'demo' } });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({
      message: 'invalid entity',
      fields: { password: 'is required' },
    });
  });

  it('locks out after lockoutAfter failures with X-Account-Lockout in unix seconds', async () => {
    const id = newInstance();
    await control(id, { lockoutAfter: 2, lockoutSeconds: 60 });
    expect((await login(id, 'demo', 'x')).status).toBe(401);
    const locked = await login(id, 'demo', 'x');
    expect(locked.status).toBe(429);
    const until = Number(locked.headers.get('X-Account-Lockout'));
    expect(until * 1000).toBeGreaterThan(Date.now() + 55_000);
    expect((await login(id, 'demo', 'demo-password')).status).toBe(429);
  });

  it('answers 403 for an unconfirmed e-mail and 423 while awaiting approval', async () => {
    const id = newInstance();
    await control(id, {
      users: [
        { username: 'una', password: 'secret1', confirmed: false },
        { username: 'abe', password: 'secret2', awaitingApproval: true },
      ],
    });
    expect((await login(id, 'una', 'secret1')).status).toBe(403);
    expect((await login(id, 'abe', 'secret2')).status).toBe(423);
  });

  it('issues short-lived tokens with tokenLifetimeSeconds and revokes all with revokeTokens', async () => {
    const id = newInstance();
    await control(id, { tokenLifetimeSeconds: 5 });
    const jwt = await jwtOf(await login(id, 'demo', 'demo-password'));
    const claims = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as {
      iat: number;
      exp: number;
    };
    expect(claims.exp - claims.iat).toBe(5);
    await control(id, { revokeTokens: true });
    expect((await call(id, 'GET', '/api/auth/user', { jwt })).status).toBe(401);
    const fresh = await jwtOf(await login(id, 'demo', 'demo-password'));
    expect((await call(id, 'GET', '/api/auth/user', { jwt: fresh })).status).toBe(200);
  });
});

describe('ShellHub MFA', () => {
  async function mfaUser() {
    const id = newInstance();
    await control(id, { users: [{ username: 'mia', password: 'mia-pass', mfa: true }] });
    return id;
  }

  it('answers 401 with X-MFA-Token and an empty body; the code step signs in once', async () => {
    const id = await mfaUser();
    const first = await login(id, 'mia', 'mia-pass');
    expect(first.status).toBe(401);
    expect(await first.text()).toBe('');
    const token = first.headers.get('X-MFA-Token')!;
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    const wrong = await call(id, 'POST', '/api/user/mfa/auth', {
      body: { token, code: totp(DEMO_TOTP_SECRET, Date.now() + 120_000) },
    });
    expect(wrong.status).toBe(401);
    const code = totp(DEMO_TOTP_SECRET, Date.now());
    const ok = await call(id, 'POST', '/api/user/mfa/auth', { body: { token, code } });
    expect(((await ok.json()) as { mfa: boolean }).mfa).toBe(true);
    const again = await call(id, 'POST', '/api/user/mfa/auth', { body: { token, code } });
    expect(again.status).toBe(401);
  });

  it('takes each recovery code once and opens a 10-minute window to disable MFA', async () => {
    const id = await mfaUser();
    const body = { identifier: 'mia', recovery_code: DEMO_RECOVERY_CODES[0] };
    const first = await call(id, 'POST', '/api/user/mfa/recover', { body });
    expect(first.status).toBe(200);
    const expiresAt = Number(first.headers.get('X-Expires-At'));
    expect(expiresAt * 1000 - Date.now()).toBeGreaterThan(590_000);
    expect((await call(id, 'POST', '/api/user/mfa/recover', { body })).status).toBe(401);
    const jwt = ((await first.json()) as { token: string }).token;
    expect((await call(id, 'PUT', '/api/user/mfa/recovery/disable', { jwt })).status).toBe(200);
    expect((await login(id, 'mia', 'mia-pass')).status).toBe(200);
  });

  it('resets MFA with the two e-mailed codes, by reset token', async () => {
    const id = await mfaUser();
    const request = await call(id, 'POST', '/api/user/mfa/reset', { body: { identifier: 'mia' } });
    const { token } = (await request.json()) as { token: string };
    const { body } = await control(id, {});
    const mailbox = body.mailbox as { to: string; body: string }[];
    const main = mailbox.find((mail) => mail.to === 'mia@example.com')!.body;
    const recovery = mailbox.find((mail) => mail.to === 'mia.recovery@example.net')!.body;
    expect(main).toMatch(/^[A-Z0-9]{5}$/);
    const swapped = await call(id, 'PUT', `/api/user/mfa/reset/${token}`, {
      body: { main_email_code: recovery, recovery_email_code: main },
    });
    expect(swapped.status).toBe(403);
    const ok = await call(id, 'PUT', `/api/user/mfa/reset/${token}`, {
      body: { main_email_code: main, recovery_email_code: recovery },
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { mfa: boolean }).mfa).toBe(false);
  });

  it('resets MFA by the user id the e-mailed link carries (the seed’s landing page)', async () => {
    const id = await mfaUser();
    await call(id, 'POST', '/api/user/mfa/reset', { body: { identifier: 'mia' } });
    const mailbox = (await control(id, {})).body.mailbox as { to: string; body: string }[];
    const [main, link] = mailbox.filter((mail) => mail.to === 'mia@example.com').map((m) => m.body);
    const recovery = mailbox.find((mail) => mail.to === 'mia.recovery@example.net')!.body;
    const userId = new URL(link!).searchParams.get('id');
    expect(new URL(link!).pathname).toBe('/reset-mfa');
    const ok = await call(id, 'PUT', `/api/user/mfa/reset/${userId}`, {
      body: { main_email_code: main, recovery_email_code: recovery },
    });
    expect(ok.status).toBe(200);
  });

  it('enrols: needs a recovery e-mail, the generated secret and a current code', async () => {
    const id = newInstance();
    const jwt = await jwtOf(await login(id, 'demo', 'demo-password'));
    const generated = (await (await call(id, 'GET', '/api/user/mfa/generate', { jwt })).json()) as {
      link: string;
      secret: string;
      recovery_codes: string[];
    };
    expect(generated.link).toMatch(/^otpauth:\/\/totp\/ShellHub%3Ademo\?issuer=ShellHub&secret=/);
    expect(generated.recovery_codes).toHaveLength(6);
    const enable = (code: string) =>
      call(id, 'PUT', '/api/user/mfa/enable', {
        jwt,
        body: { code, secret: generated.secret, recovery_codes: generated.recovery_codes },
      });
    expect((await enable(totp(generated.secret, Date.now()))).status).toBe(403);
    const patch = await call(id, 'PATCH', '/api/users', {
      jwt,
      body: { recovery_email: 'backup@example.net' },
    });
    expect(patch.status).toBe(200);
    expect((await enable(totp(generated.secret, Date.now() + 300_000))).status).toBe(403);
    expect((await enable(totp(generated.secret, Date.now()))).status).toBe(200);
    expect((await login(id, 'demo', 'demo-password')).headers.get('X-MFA-Token')).toBeTruthy();
    const disable = await call(id, 'PUT', '/api/user/mfa/disable', {
      jwt,
      body: { recovery_code: generated.recovery_codes[2] },
    });
    expect(disable.status).toBe(200);
  });
});

describe('ShellHub profile, password and namespaces', () => {
  it('validates PATCH /api/users by the documented rules and maps conflicts to fields', async () => {
    const id = newInstance();
    await control(id, { users: [{ username: 'olga', password: 'olga-pass' }] });
    const jwt = await jwtOf(await login(id, 'demo', 'demo-password'));
    const bad = await call(id, 'PATCH', '/api/users', {
      jwt,
      body: { username: 'a b', email: 'nope', password: 'abc' },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: Record<string, string> }).fields).toEqual({
      username: 'must be 3 to 30 letters, digits or - _ . @',
      email: 'must be an e-mail address',
      password: 'must be at least 5 characters',
      current_password: 'is required to change the password',
    });
    const taken = await call(id, 'PATCH', '/api/users', {
      jwt,
      body: { email: 'olga@example.com' },
    });
    expect(taken.status).toBe(409);
    const wrongCurrent = await call(id, 'PATCH', '/api/users', {
      jwt,
      body: { password: 'new-pass', current_password: 'nope' },
    });
    expect(wrongCurrent.status).toBe(403);
    const ok = await call(id, 'PATCH', '/api/users', {
      jwt,
      body: { password: 'new-pass', current_password: 'demo-password', name: 'Dee' },
    });
    expect(ok.status).toBe(200);
    expect((await login(id, 'demo', 'new-pass')).status).toBe(200);
  });

  it('recovers a password with the e-mailed token, once', async () => {
    const id = newInstance();
    expect(
      (await call(id, 'POST', '/api/user/recover_password', { body: { username: 'ghost' } }))
        .status,
    ).toBe(200);
    await call(id, 'POST', '/api/user/recover_password', { body: { username: 'demo' } });
    const { body } = await control(id, {});
    const link = new URL((body.mailbox as { body: string }[])[0]!.body);
    const path = `/api/user/${link.searchParams.get('id')}/update_password`;
    const token = link.searchParams.get('token');
    expect((await call(id, 'POST', path, { body: { password: 'fresh-pass', token } })).status).toBe(
      200,
    );
    expect((await call(id, 'POST', path, { body: { password: 'again-pass', token } })).status).toBe(
      403,
    );
    expect((await login(id, 'demo', 'fresh-pass')).status).toBe(200);
  });

  it('lists the caller’s namespaces and switches with a fresh token carrying the new role', async () => {
    const id = newInstance();
    const lab = '11111111-2222-4333-8444-555555555555';
    await control(id, {
      users: [
        {
          username: 'demo',
          password: 'demo-password',
          tenant: lab,
          namespace: 'lab',
          role: 'observer',
        },
      ],
    });
    const jwt = await jwtOf(await login(id, 'demo', 'demo-password'));
    const list = await call(id, 'GET', '/api/namespaces', { jwt });
    expect(list.headers.get('X-Total-Count')).toBe('2');
    expect(((await list.json()) as { name: string }[]).map((namespace) => namespace.name)).toEqual([
      'demo',
      'lab',
    ]);
    const switched = await call(id, 'GET', `/api/auth/token/${lab}`, { jwt });
    expect(await switched.json()).toMatchObject({ tenant: lab, role: 'observer' });
    expect(
      (await call(id, 'GET', '/api/auth/token/99999999-2222-4333-8444-555555555555', { jwt }))
        .status,
    ).toBe(403);
  });

  it('registers an unconfirmed account that the e-mailed link confirms', async () => {
    const id = newInstance();
    const bad = await call(id, 'POST', '/api/register', {
      body: { name: 'Ned', email: 'ned', username: 'n', password: 'abc', email_marketing: false },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as { fields: object }).fields).sort()).toEqual([
      'email',
      'password',
      'username',
    ]);
    const body = {
      name: 'Ned',
      email: 'ned@example.com',
      username: 'ned',
      password: 'ned-pass',
      email_marketing: false,
    };
    expect((await call(id, 'POST', '/api/register', { body })).status).toBe(200);
    expect((await call(id, 'POST', '/api/register', { body })).status).toBe(409);
    expect((await login(id, 'ned', 'ned-pass')).status).toBe(403);
    const mailbox = (await control(id, {})).body.mailbox as { body: string }[];
    const link = new URL(mailbox.at(-1)!.body);
    expect((await call(id, 'GET', `${link.pathname}${link.search}`)).status).toBe(200);
    expect((await login(id, 'ned', 'ned-pass')).status).toBe(200);
  });

  it('updates profile data and the password through the seed’s /api/users/{id} routes', async () => {
    const id = newInstance();
    const response = await login(id, 'demo', 'demo-password');
    const auth = (await response.clone().json()) as { id: string };
    const jwt = await jwtOf(response);
    const data = (body: unknown, user = auth.id) =>
      call(id, 'PATCH', `/api/users/${user}/data`, { jwt, body });
    expect((await data({ name: 'Demo Two' }, 'someone-else')).status).toBe(403);
    const bad = await data({ username: 'x', email: 'nope' });
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as { fields: object }).fields).sort()).toEqual([
      'email',
      'username',
    ]);
    expect((await data({ name: 'Demo Two', password: 'ignored' })).status).toBe(200);
    const password = (body: unknown) =>
      call(id, 'PATCH', `/api/users/${auth.id}/password`, { jwt, body });
    const short = await password({ current_password: 'demo-password', new_password: 'abc' });
    expect(((await short.json()) as { fields: object }).fields).toHaveProperty('new_password');
    expect(
      (await password({ current_password: 'wrong-one', new_password: 'new-pass-1' })).status,
    ).toBe(403);
    expect(
      (await password({ current_password: 'demo-password', new_password: 'new-pass-1' })).status,
    ).toBe(200);
    expect((await login(id, 'demo', 'demo-password')).status).toBe(401);
    expect((await login(id, 'demo', 'new-pass-1')).status).toBe(200);
    expect((await login(id, 'Demo Two', 'new-pass-1')).status).toBe(401);
  });

  it('deletes an account that owns no namespace; owners are told to delete theirs first', async () => {
    const id = newInstance();
    await control(id, { users: [{ username: 'olga', password: 'olga-pass', role: 'observer' }] });
    const owner = await jwtOf(await login(id, 'demo', 'demo-password'));
    const refused = await call(id, 'DELETE', '/api/user', { jwt: owner });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toContain('demo');
    const olga = await jwtOf(await login(id, 'olga', 'olga-pass'));
    expect((await call(id, 'DELETE', '/api/user', { jwt: olga })).status).toBe(200);
    expect((await login(id, 'olga', 'olga-pass')).status).toBe(401);
    const users = (await control(id, {})).body.users as { username: string }[];
    expect(users.map((user) => user.username)).not.toContain('olga');
  });

  it('runs the first-run setup once, with the printed signature', async () => {
    const id = newInstance();
    const body = { name: 'Admin', email: 'root@example.com', username: 'root', password: 'rootpw' };
    expect((await call(id, 'POST', '/api/setup?sign=s1', { body })).status).toBe(403);
    await control(id, { setupSign: 'sig-123' });
    const info = (await (await call(id, 'GET', '/info')).json()) as { setup: boolean };
    expect(info.setup).toBe(false);
    expect((await call(id, 'POST', '/api/setup?sign=wrong', { body })).status).toBe(403);
    const bad = await call(id, 'POST', '/api/setup?sign=sig-123', {
      body: { name: 'A', email: 'x', username: 'r', password: '1' },
    });
    expect(Object.keys(((await bad.json()) as { fields: object }).fields).sort()).toEqual([
      'email',
      'name',
      'password',
      'username',
    ]);
    expect((await call(id, 'POST', '/api/setup?sign=sig-123', { body })).status).toBe(200);
    expect((await call(id, 'POST', '/api/setup?sign=sig-123', { body })).status).toBe(403);
    const auth = (await (await login(id, 'root', 'rootpw')).json()) as { role: string };
    expect(auth.role).toBe('owner');
    const state = (await control(id, {})).body as { namespaces: { name: string }[] };
    expect(state.namespaces.map((namespace) => namespace.name)).toContain('root');
  });

  it('refuses user routes to API keys', async () => {
    const id = newInstance();
    await control(id, { apiKeys: [{ key: 'key-1', name: 'ci', role: 'operator' }] });
    expect((await call(id, 'GET', '/api/namespaces', { apiKey: 'key-1' })).status).toBe(403);
    expect((await call(id, 'GET', '/api/namespaces', { apiKey: 'other' })).status).toBe(401);
  });
});
