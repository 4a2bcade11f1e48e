// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { handleShellHub } from '../handler.ts';
import { issueJwt } from '../jwt.ts';
import { DEMO_TENANT, type Role, createShellHubState } from '../state.ts';

function stateWithMember(role: Role) {
  const now = Date.now();
  const state = createShellHubState('roles', now);
  const id = `user-${role}`;
  const [owner] = state.users;
  if (!owner) throw new Error('no demo user');
  state.users.push({ ...owner, id, username: role, email: `${role}@example.com` });
  state.namespaces[0]?.members.push({ id, role, addedAt: now, status: 'active' });
  const jwt = issueJwt({ id, username: role, tenant: DEMO_TENANT, mfa: false }, now);
  return { state, jwt, now };
}

async function call(role: Role, method: string, path: string, body?: unknown) {
  const { state, jwt, now } = stateWithMember(role);
  const url = new URL(`http://sim.test${path}`);
  const request = new Request(url, {
    method,
    headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const outcome = await handleShellHub({
    state,
    request,
    url,
    instanceId: 'roles',
    rest: url.pathname,
    now,
  });
  return outcome.result as Response;
}

const uidOf = (state: ReturnType<typeof createShellHubState>, name: string) =>
  state.devices.devices.find((device) => device.name === name)?.uid ?? '';

describe('roles', () => {
  const probe = createShellHubState('probe', Date.now());
  const pending = uidOf(probe, 'new-sensor-07');
  const session = probe.devices.sessions.find((one) => one.recorded)?.uid ?? '';
  const rule = {
    action: 'deny',
    active: true,
    priority: 9,
    source_ip: '.*',
    username: '.*',
    filter: { hostname: '.*' },
  };

  it('lets an observer read but not change', async () => {
    expect((await call('observer', 'GET', '/api/devices')).status).toBe(200);
    expect((await call('observer', 'GET', '/api/firewall/rules')).status).toBe(200);
    const denied = await call('observer', 'PATCH', `/api/devices/${pending}/accept`);
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({ message: 'forbidden' });
  });

  it('lets an operator accept and tag, not remove, play or edit rules', async () => {
    expect((await call('operator', 'PATCH', `/api/devices/${pending}/accept`)).status).toBe(200);
    expect(
      (await call('operator', 'POST', `/api/devices/${pending}/tags`, { tag: 'hall' })).status,
    ).toBe(200);
    expect((await call('operator', 'DELETE', `/api/devices/${pending}`)).status).toBe(403);
    expect((await call('operator', 'GET', `/api/sessions/${session}/play`)).status).toBe(403);
    expect((await call('operator', 'POST', '/api/firewall/rules', rule)).status).toBe(403);
  });

  it('lets an administrator remove devices, play recordings and write rules', async () => {
    expect((await call('administrator', 'DELETE', `/api/devices/${pending}`)).status).toBe(200);
    expect((await call('administrator', 'GET', `/api/sessions/${session}/play`)).status).toBe(200);
    expect((await call('administrator', 'POST', '/api/firewall/rules', rule)).status).toBe(200);
  });
});
