// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { USER_TOKEN } from './state.ts';
import { api, control, json, newHub } from './test-helpers.ts';

describe('evon simulator: DRF conventions', () => {
  it('pages lists by 100 with absolute next/previous links', async () => {
    const hub = newHub();
    await control(hub, { extraServers: 150 });
    const first = await json(hub, 'GET', '/api/server');
    expect(first.body.count).toBe(153);
    expect((first.body.results as unknown[]).length).toBe(100);
    expect(first.body.next).toBe(`http://sim.test/sim/evon/${hub}/api/server?page=2`);
    expect(first.body.previous).toBeNull();
    const second = await json(hub, 'GET', '/api/server?page=2');
    expect((second.body.results as { id: number }[])[0]?.id).toBe(101);
    expect(second.body.next).toBeNull();
    expect(second.body.previous).toBe(`http://sim.test/sim/evon/${hub}/api/server`);
    expect(await json(hub, 'GET', '/api/server?page=3')).toEqual({
      status: 404,
      body: { detail: 'Invalid page.' },
    });
    expect((await json(hub, 'GET', '/api/server?page=x')).status).toBe(404);
  });

  it('has no trailing slashes, no PUT and 404s unknown ids', async () => {
    const hub = newHub();
    const slash = await api(hub, 'GET', '/api/user/');
    expect(slash.status).toBe(404);
    expect(slash.headers.get('Content-Type')).toContain('text/html');
    expect(await json(hub, 'PUT', '/api/user/3', { body: {} })).toEqual({
      status: 405,
      body: { detail: 'Method "PUT" not allowed.' },
    });
    expect((await json(hub, 'POST', '/api/server', { body: {} })).status).toBe(405);
    expect(await json(hub, 'GET', '/api/user/99')).toEqual({
      status: 404,
      body: { detail: 'Not found.' },
    });
    expect((await json(hub, 'GET', '/api/user/abc')).status).toBe(404);
  });

  it('answers DRF field errors and a JSON parse error', async () => {
    const hub = newHub();
    const missing = await json(hub, 'POST', '/api/user', { body: {} });
    expect(missing).toEqual({
      status: 400,
      body: { username: ['This field is required.'], password: ['This field is required.'] },
    });
    const taken = await json(hub, 'POST', '/api/user', {
      body: { username: 'alice', password: 'x', email: 'nope', groups: [99] },
    });
    expect(taken.body).toEqual({
      username: ['A user with that username already exists.'],
      email: ['Enter a valid email address.'],
      groups: ['Invalid pk "99" - object does not exist.'],
    });
    const broken = await json(hub, 'POST', '/api/user', {
      body: '{',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(broken.body.detail).toMatch(/^JSON parse error/);
    expect((await control(hub)).body.rejectedForValidation).toBe(2);
  });
});

describe('evon simulator: resources', () => {
  it('creates users with a profile, a token and All Users membership; pk 1 and 2 stay as they are', async () => {
    const hub = newHub();
    const created = await json(hub, 'POST', '/api/user', {
      body: { username: 'carol', password: 'secret', is_superuser: true, email: 'c@example.com' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: 4,
      userprofile_id: '4',
      username: 'carol',
      password: 'secret',
      groups: [1],
    });
    const snapshot = await control(hub);
    expect(Object.values(snapshot.body.tokens as Record<string, string>)).toContain('carol');

    const admin = await json(hub, 'PATCH', '/api/user/1', {
      body: { username: 'root', is_superuser: false, first_name: 'Ada' },
    });
    expect(admin.body).toMatchObject({ username: 'admin', is_superuser: true, first_name: 'Ada' });
    expect((await api(hub, 'DELETE', '/api/user/2')).status).toBe(403);
    expect((await api(hub, 'DELETE', '/api/user/4')).status).toBe(204);
    expect((await json(hub, 'GET', '/api/user/4')).status).toBe(404);
  });

  it('keeps group membership on the users and has no id in group bodies', async () => {
    const hub = newHub();
    const created = await json(hub, 'POST', '/api/group', {
      body: { name: 'Ops', user_set: [2, 3], permissions: [1] },
    });
    expect(created).toEqual({
      status: 201,
      body: { name: 'Ops', user_set: [2, 3], permissions: [1] },
    });
    expect((await json(hub, 'GET', '/api/user/3')).body.groups).toEqual([1, 2, 3]);
    expect((await json(hub, 'POST', '/api/group', { body: { name: 'x' } })).body).toEqual({
      user_set: ['This field is required.'],
      permissions: ['This field is required.'],
    });
    expect((await api(hub, 'DELETE', '/api/group/1')).status).toBe(403);
  });

  it('edits only server_groups of a server and shows non-superusers reachable servers only', async () => {
    const hub = newHub();
    const patched = await json(hub, 'PATCH', '/api/server/3', {
      body: { server_groups: [1, 2], fqdn: 'evil.example.com' },
    });
    expect(patched.body).toMatchObject({ fqdn: 'db1.acme.evon.link', server_groups: [1, 2] });
    expect(Object.keys(patched.body)).toContain('uuid');
    const restricted = await json(hub, 'GET', '/api/server', { token: USER_TOKEN });
    const results = restricted.body.results as Record<string, unknown>[];
    expect(results.map((server) => server.id)).toEqual([1, 2, 3]);
    expect(Object.keys(results[0] ?? {})).toEqual([
      'id',
      'fqdn',
      'ipv4_address',
      'connected',
      'disconnected_since',
      'last_seen',
    ]);
    expect(results[0]?.last_seen).toBe('now');
    expect(results[2]?.last_seen).toBe('3 hours ago');
    expect((await api(hub, 'DELETE', '/api/server/3')).status).toBe(204);
    expect((await json(hub, 'GET', '/api/server')).body.count).toBe(2);
  });

  it('validates rule ports as the hub model does and normalizes them', async () => {
    const hub = newHub();
    const base = { name: 'SSH', destination_protocol: 'TCP' };
    expect((await json(hub, 'POST', '/api/rule', { body: base })).body).toEqual({
      destination_ports: [
        'At least one port must be specified for destination protocols TCP or UDP',
      ],
    });
    expect(
      (
        await json(hub, 'POST', '/api/rule', {
          body: { ...base, destination_protocol: 'ICMP', destination_ports: '22' },
        })
      ).body,
    ).toEqual({
      destination_ports: ['Ports can only be specified for destination protocols TCP or UDP'],
    });
    expect(
      (await json(hub, 'POST', '/api/rule', { body: { ...base, destination_ports: '90-80' } }))
        .body,
    ).toEqual({
      destination_ports: ["Malformed port range '90-80', start port must be less than end port."],
    });
    expect(
      (await json(hub, 'POST', '/api/rule', { body: { ...base, destination_protocol: 'SCTP' } }))
        .body,
    ).toEqual({ destination_protocol: ['"SCTP" is not a valid choice.'] });
    const created = await json(hub, 'POST', '/api/rule', {
      body: { ...base, destination_ports: '443, 22,22', source_users: [3] },
    });
    expect(created.body).toMatchObject({ id: 2, destination_ports: '22,443', source_users: [3] });
  });

  it('creates and edits policies and server groups', async () => {
    const hub = newHub();
    const policy = await json(hub, 'POST', '/api/policy', {
      body: { name: 'Ops', rules: [1], servers: [3] },
    });
    expect(policy.body).toEqual({
      id: 2,
      name: 'Ops',
      description: null,
      rules: [1],
      servers: [3],
      servergroups: [],
    });
    const group = await json(hub, 'POST', '/api/servergroup', {
      body: { name: 'a,b', server_set: [] },
    });
    expect(group.body).toEqual({ name: ['Name must not contain commas'] });
    const ok = await json(hub, 'POST', '/api/servergroup', {
      body: { name: 'DB', description: '', server_set: [3] },
    });
    expect(ok.body).toEqual({ id: 3, server_set: [3], name: 'DB', description: '' });
    expect((await json(hub, 'GET', '/api/server/3')).body.server_groups).toEqual([1, 3]);
  });

  it('updates the config singleton and deletes blacklisted servers', async () => {
    const hub = newHub();
    const list = await json(hub, 'GET', '/api/config');
    const config = (list.body.results as Record<string, unknown>[])[0];
    expect(config).toMatchObject({ id: 1, timezone: 'UTC', auto_update_time: '20:00:00' });
    const bad = await json(hub, 'PATCH', '/api/config/1', {
      body: { timezone: 'Mars/Base', auto_update_time: '25:00', uuid_whitelist: 'zzz' },
    });
    expect(bad.body).toEqual({
      timezone: ['"Mars/Base" is not a valid choice.'],
      auto_update_time: [
        'Time has wrong format. Use one of these formats instead: hh:mm[:ss[.uuuuuu]].',
      ],
      uuid_whitelist: ["Invalid UUID: 'zzz'. Enter comma-separated UUIDs."],
    });
    const server = (await json(hub, 'GET', '/api/server/3')).body;
    const patched = await json(hub, 'PATCH', '/api/config/1', {
      body: { timezone: 'Europe/Berlin', auto_update_time: '6:30', uuid_blacklist: server.uuid },
    });
    expect(patched.body).toMatchObject({ timezone: 'Europe/Berlin', auto_update_time: '06:30:00' });
    expect((await json(hub, 'GET', '/api/server/3')).status).toBe(404);
    expect((await json(hub, 'GET', '/api/config/1')).status).toBe(405);
    expect((await json(hub, 'PATCH', '/api/config/2', { body: {} })).status).toBe(404);
  });

  it('serves user profiles by user id', async () => {
    const hub = newHub();
    expect((await json(hub, 'GET', '/api/userprofile/3')).body).toEqual({
      shared: false,
      ipv4_address: expect.stringMatching(/^100\.64\.208\./) as unknown,
    });
    const patched = await json(hub, 'PATCH', '/api/userprofile/3', { body: { shared: true } });
    expect(patched.body.shared).toBe(true);
    expect((await json(hub, 'GET', '/api/userprofile/3', { token: USER_TOKEN })).status).toBe(403);
  });

  it('serves downloads with their file names, decrypt, the schema and the docs', async () => {
    const hub = newHub();
    const cases = [
      ['/api/bootstrap/linux', 'bootstrap.sh'],
      ['/api/bootstrap/windows', 'bootstrap.ps1'],
      ['/api/bootstrap/raw', 'openvpn_client-evon_server.conf'],
      ['/api/ovpnclient/download', 'EvonHub.ovpn'],
    ];
    for (const [path, name] of cases) {
      const response = await api(hub, 'GET', path!);
      expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="${name}"`);
      expect(response.headers.get('Content-Type')).toBe('application/octet-stream');
    }
    const script = await (await api(hub, 'GET', '/api/bootstrap/linux')).text();
    const payload = /PAYLOAD="([^"]+)"/.exec(script)?.[1] ?? '';
    const form = new FormData();
    form.append('data', new Blob([payload]), 'payload');
    const decrypted = await api(hub, 'POST', '/api/bootstrap/decrypt', { body: form });
    expect(decrypted.status).toBe(200);
    expect(await decrypted.text()).toContain('remote acme.evon.link 443 tcp');
    const junk = new FormData();
    junk.append('data', new Blob(['junk']), 'payload');
    expect(await json(hub, 'POST', '/api/bootstrap/decrypt', { body: junk })).toEqual({
      status: 400,
      body: { status: 'error', message: 'failed to decrypt payload' },
    });
    const schema = await json(hub, 'GET', '/api/schema', { token: null });
    expect(Object.keys(schema.body.paths as object)).toContain('/api/userprofile/{user}');
    expect((await api(hub, 'GET', '/api/schema?format=yaml', { token: null })).status).toBe(200);
    expect(await (await api(hub, 'GET', '/api/', { token: null })).text()).toContain('redoc');
  });
});
