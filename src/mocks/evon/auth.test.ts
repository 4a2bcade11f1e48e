// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEPLOYER_TOKEN, USER_TOKEN } from './state.ts';
import { api, control, json, newHub } from './test-helpers.ts';

describe('evon simulator: token authentication and permissions', () => {
  it('answers ping to any authenticated user', async () => {
    const hub = newHub();
    expect(await json(hub, 'GET', '/api/ping')).toEqual({ status: 200, body: { message: 'pong' } });
    expect((await json(hub, 'GET', '/api/ping', { token: USER_TOKEN })).status).toBe(200);
  });

  it('401s without credentials, with a bad token and with a malformed header', async () => {
    const hub = newHub();
    const none = await api(hub, 'GET', '/api/ping', { token: null });
    expect(none.status).toBe(401);
    expect(none.headers.get('WWW-Authenticate')).toBe('Token');
    expect(await none.json()).toEqual({ detail: 'Authentication credentials were not provided.' });
    expect((await json(hub, 'GET', '/api/ping', { token: 'nope' })).body).toEqual({
      detail: 'Invalid token.',
    });
    const spaced = await json(hub, 'GET', '/api/user', { token: 'a b' });
    expect(spaced.body.detail).toBe(
      'Invalid token header. Token string should not contain spaces.',
    );
    const bearer = await api(hub, 'GET', '/api/ping', {
      token: null,
      headers: { Authorization: 'Bearer demo-evon-token' },
    });
    expect(bearer.status).toBe(401);
    expect((await control(hub)).body.authFailures).toBe(4);
  });

  it('rejects an inactive user', async () => {
    const hub = newHub();
    expect((await json(hub, 'PATCH', '/api/user/3', { body: { is_active: false } })).status).toBe(
      200,
    );
    expect(await json(hub, 'GET', '/api/ping', { token: USER_TOKEN })).toEqual({
      status: 401,
      body: { detail: 'User inactive or deleted.' },
    });
  });

  it('applies Django model permissions per method for non-superusers', async () => {
    const hub = newHub();
    const denied = await json(hub, 'GET', '/api/user', { token: USER_TOKEN });
    expect(denied).toEqual({
      status: 403,
      body: { detail: 'You do not have permission to perform this action.' },
    });
    await control(hub, { grant: { alice: ['auth.view_user'] } });
    expect((await json(hub, 'GET', '/api/user', { token: USER_TOKEN })).status).toBe(200);
    const create = await json(hub, 'POST', '/api/user', {
      token: USER_TOKEN,
      body: { username: 'x', password: 'y' },
    });
    expect(create.status).toBe(403);
    expect((await control(hub)).body.permissionDenials).toBe(2);
  });

  it('gives the permission list to superusers only and bootstrap to superusers and deployer', async () => {
    const hub = newHub();
    const perms = await json(hub, 'GET', '/api/permission');
    expect(perms.body.count).toBe(32);
    expect((perms.body.results as unknown[])[0]).toEqual({ id: 1, name: 'Can add user' });
    expect((await json(hub, 'GET', '/api/permission', { token: USER_TOKEN })).status).toBe(403);
    expect((await api(hub, 'GET', '/api/bootstrap/linux', { token: DEPLOYER_TOKEN })).status).toBe(
      200,
    );
    expect((await api(hub, 'GET', '/api/bootstrap/linux', { token: USER_TOKEN })).status).toBe(403);
    expect((await api(hub, 'GET', '/api/ovpnclient/download', { token: USER_TOKEN })).status).toBe(
      200,
    );
  });

  it('lets control add users with tokens', async () => {
    const hub = newHub();
    const { status } = await control(hub, {
      addUsers: [{ username: 'bob' }],
      tokens: { 'bob-token': 'bob' },
      grant: { bob: ['hub.view_config'] },
    });
    expect(status).toBe(200);
    expect((await json(hub, 'GET', '/api/config', { token: 'bob-token' })).status).toBe(200);
    expect((await control(hub, { grant: { bob: ['hub.fly'] } })).status).toBe(400);
  });
});
