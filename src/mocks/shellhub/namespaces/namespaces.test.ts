// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEMO_TENANT } from '../state.ts';
import { addUser, api, control, demoOwner, newInstance, rejected } from './test-helpers.ts';

describe('ShellHub namespaces', () => {
  it('creates a namespace owned by the caller with the free device limit', async () => {
    const id = newInstance();
    const response = await api(id, 'POST', '/api/namespaces', demoOwner, { name: 'lab-2' });
    expect(response.status).toBe(200);
    const created = (await response.json()) as Record<string, unknown>;
    expect(created).toMatchObject({ name: 'lab-2', max_devices: 3, billing: null });
    expect(created.members).toEqual([
      expect.objectContaining({ username: 'demo', role: 'owner', status: 'accepted' }),
    ]);
    const again = await api(id, 'POST', '/api/namespaces', demoOwner, { name: 'lab-2' });
    expect(again.status).toBe(409);
  });

  it('rejects a bad name with a field reason and counts it', async () => {
    const id = newInstance();
    for (const name of ['', 'Upper', '-edge', 'a'.repeat(31), 'with space']) {
      const response = await api(id, 'POST', '/api/namespaces', demoOwner, { name });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ fields: { name: expect.any(String) } });
    }
    expect(await rejected(id)).toBe(5);
  });

  it('renames and changes settings as an administrator, not as an operator', async () => {
    const id = newInstance();
    const admin = await addUser(id, { username: 'ada', role: 'administrator' });
    const operator = await addUser(id, { username: 'otto', role: 'operator' });
    const body = { name: 'renamed', settings: { connection_announcement: 'Hello <b>x</b>' } };
    expect((await api(id, 'PUT', `/api/namespaces/${DEMO_TENANT}`, operator, body)).status).toBe(
      403,
    );
    const response = await api(id, 'PUT', `/api/namespaces/${DEMO_TENANT}`, admin, body);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      name: 'renamed',
      settings: { session_record: true, connection_announcement: 'Hello <b>x</b>' },
    });
    const tooLong = await api(id, 'PUT', `/api/namespaces/${DEMO_TENANT}`, admin, {
      settings: { connection_announcement: 'x'.repeat(4097) },
    });
    expect(tooLong.status).toBe(400);
  });

  it('toggles session recording through PUT /api/users/security/{tenant}', async () => {
    const id = newInstance();
    const put = await api(id, 'PUT', `/api/users/security/${DEMO_TENANT}`, demoOwner, {
      session_record: false,
    });
    expect(put.status).toBe(200);
    expect(await (await api(id, 'GET', '/api/users/security')).json()).toBe(false);
    const observer = await addUser(id, { username: 'obi', role: 'observer' });
    const denied = await api(id, 'PUT', `/api/users/security/${DEMO_TENANT}`, observer, {
      session_record: true,
    });
    expect(denied.status).toBe(403);
  });

  it('lets only the owner delete, and removes its API keys', async () => {
    const id = newInstance();
    const admin = await addUser(id, { username: 'ada', role: 'administrator' });
    await api(id, 'POST', '/api/namespaces/api-key', demoOwner, { name: 'ci', expires_at: 30 });
    expect((await api(id, 'DELETE', `/api/namespaces/${DEMO_TENANT}`, admin)).status).toBe(403);
    expect((await api(id, 'DELETE', `/api/namespaces/${DEMO_TENANT}`)).status).toBe(200);
    const snapshot = (await control(id)) as { namespaces: unknown[]; apiKeys: unknown[] };
    expect(snapshot.namespaces).toEqual([]);
    expect(snapshot.apiKeys).toEqual([]);
  });

  it('answers 404 for a namespace the caller is not a member of', async () => {
    const id = newInstance();
    const stranger = await addUser(id, {
      username: 'sam',
      role: 'owner',
      tenant: '11111111-1111-4111-8111-111111111111',
    });
    expect((await api(id, 'GET', `/api/namespaces/${DEMO_TENANT}`, stranger)).status).toBe(404);
  });
});

describe('ShellHub members and invitations', () => {
  const OTHER = '22222222-2222-4222-8222-222222222222';

  it('invites by e-mail as pending, and the invitee accepts with the sig', async () => {
    const id = newInstance();
    const invitee = await addUser(id, {
      username: 'ivy',
      email: 'ivy@example.org',
      role: 'owner',
      tenant: OTHER,
    });
    const invite = await api(id, 'POST', `/api/namespaces/${DEMO_TENANT}/members`, demoOwner, {
      email: 'ivy@example.org',
      role: 'operator',
    });
    expect(invite.status).toBe(200);
    const namespace = (await invite.json()) as { members: { username: string; status: string }[] };
    expect(namespace.members).toContainEqual(
      expect.objectContaining({ username: 'ivy', status: 'pending' }),
    );
    const { invitations } = (await control(id)) as { invitations: { sig: string }[] };
    const sig = invitations[0]?.sig ?? '';
    const lookup = await api(
      id,
      'GET',
      `/api/namespaces/${DEMO_TENANT}/members/${invitee.id}/accept-invite?sig=${sig}`,
      null,
    );
    expect(await lookup.json()).toEqual({ status: 'invited' });
    const wrong = await api(
      id,
      'PATCH',
      `/api/namespaces/${DEMO_TENANT}/members/accept-invite`,
      invitee,
      { sig: 'nope' },
    );
    expect(wrong.status).toBe(404);
    const accept = await api(
      id,
      'PATCH',
      `/api/namespaces/${DEMO_TENANT}/members/accept-invite`,
      invitee,
      { sig },
    );
    expect(accept.status).toBe(200);
    const after = (await (await api(id, 'GET', `/api/namespaces/${DEMO_TENANT}`)).json()) as {
      members: { username: string; status: string }[];
    };
    expect(after.members).toContainEqual(
      expect.objectContaining({ username: 'ivy', status: 'accepted' }),
    );
  });

  it('refuses unknown e-mails, duplicates, owner and roles above the caller', async () => {
    const id = newInstance();
    const admin = await addUser(id, { username: 'ada', role: 'administrator' });
    const path = `/api/namespaces/${DEMO_TENANT}/members`;
    const unknown = await api(id, 'POST', path, admin, { email: 'x@y.zz', role: 'observer' });
    expect(unknown.status).toBe(404);
    const duplicate = await api(id, 'POST', path, admin, {
      email: 'demo@example.com',
      role: 'observer',
    });
    expect(duplicate.status).toBe(409);
    const owner = await api(id, 'POST', path, demoOwner, { email: 'a@b.cc', role: 'owner' });
    expect(await owner.json()).toMatchObject({ fields: { role: 'cannot be owner' } });
    const badEmail = await api(id, 'POST', path, admin, { email: 'nope', role: 'observer' });
    expect(badEmail.status).toBe(400);
  });

  it('changes and removes members below the caller only', async () => {
    const id = newInstance();
    const admin = await addUser(id, { username: 'ada', role: 'administrator' });
    const peer = await addUser(id, { username: 'pat', role: 'administrator' });
    const operator = await addUser(id, { username: 'otto', role: 'operator' });
    const member = (uid: string) => `/api/namespaces/${DEMO_TENANT}/members/${uid}`;
    expect((await api(id, 'PATCH', member(peer.id), admin, { role: 'observer' })).status).toBe(403);
    expect((await api(id, 'PATCH', member(operator.id), admin, { role: 'observer' })).status).toBe(
      200,
    );
    expect(
      (await api(id, 'PATCH', member(operator.id), operator, { role: 'observer' })).status,
    ).toBe(403);
    expect((await api(id, 'DELETE', member(peer.id), admin)).status).toBe(403);
    expect((await api(id, 'DELETE', member(operator.id), admin)).status).toBe(200);
    expect((await api(id, 'DELETE', member(peer.id))).status).toBe(200);
  });

  it('lets a member leave and returns a token for another namespace; the owner cannot', async () => {
    const id = newInstance();
    const otto = await addUser(id, { username: 'otto', role: 'owner', tenant: OTHER });
    await control(id, { users: [{ username: 'otto', password: 'secret-pass', role: 'operator' }] });
    const leave = await api(id, 'DELETE', `/api/namespaces/${DEMO_TENANT}/members`, {
      jwt: { ...otto.jwt!, tenant: DEMO_TENANT },
    });
    expect(leave.status).toBe(200);
    expect(await leave.json()).toMatchObject({ tenant: OTHER, role: 'owner' });
    const owner = await api(id, 'DELETE', `/api/namespaces/${DEMO_TENANT}/members`);
    expect(owner.status).toBe(403);
  });
});
