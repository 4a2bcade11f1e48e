// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { controlCall, errorOf, newController, payload } from './testApi.ts';

describe('vns3 config', () => {
  it('GET /config reads back what PUT /config stored', async () => {
    const id = await newController();
    await payload(id, 'PUT', '/config', {
      json: { controller_name: 'edge-7', topology_name: 'Lab', ntp_hosts: 'ntp.example.com' },
    });
    expect(await payload(id, 'GET', '/config')).toMatchObject({
      controller_name: 'edge-7',
      topology_name: 'Lab',
      ntp_hosts: 'ntp.example.com',
      licensed: true,
    });
    expect(await errorOf(id, 'PUT', '/config', { json: { ntp_hosts: 'bad host!' } })).toMatchObject(
      { status: 400 },
    );
  });
});

describe('vns3 identity', () => {
  it('answers the demo LDAP settings for VPN users, secrets included', async () => {
    const id = await newController();
    expect(await payload(id, 'GET', '/identity/vpn')).toMatchObject({
      provider: 'ldap',
      host: 'ldap.example.com',
      bindpw: 'demo-bind-password',
    });
    expect(await payload(id, 'GET', '/identity/controller')).toEqual({});
  });

  it('keeps a secret a PUT leaves out, and replaces one it carries', async () => {
    const id = await newController();
    await payload(id, 'PUT', '/identity/vpn', { json: { provider: 'ldap', port: 636 } });
    expect(await payload(id, 'GET', '/identity/vpn')).toMatchObject({
      port: 636,
      bindpw: 'demo-bind-password',
    });
    await payload(id, 'PUT', '/identity/vpn', { json: { bindpw: 'new-secret' } });
    expect(await payload(id, 'GET', '/identity/vpn')).toMatchObject({ bindpw: 'new-secret' });
  });

  it('stores OIDC and RADIUS settings for the controller', async () => {
    const id = await newController();
    await payload(id, 'PUT', '/identity/controller', {
      json: {
        provider: 'oidc',
        enabled: true,
        issuer: 'https://login.example.com',
        identifier: 'vns3',
        secret: 's3cret',
      },
    });
    expect(await payload(id, 'GET', '/identity/controller')).toMatchObject({
      provider: 'oidc',
      secret: 's3cret',
    });
    await payload(id, 'PUT', '/identity/controller', {
      json: { provider: 'radius', server: '192.0.2.5', auth_port: 1812, pass: 'shared' },
    });
    expect(await payload(id, 'GET', '/identity/controller')).toMatchObject({
      provider: 'radius',
      server: '192.0.2.5',
    });
  });

  it.each([
    [{ provider: 'kerberos' }, 'provider must be one of ldap, oidc, radius'],
    [{ port: 0 }, 'port must be between 1 and 65535'],
    [{ host: 'bad host' }, 'host must be a host name or IPv4 address'],
    [{ group_search_scope: 'all' }, 'group_search_scope must be one of base, single, subtree'],
    [{ provider: 'oidc', identifier: 'x', issuer: 'ftp://x' }, 'issuer must be an http(s) URL'],
    [{ provider: 'oidc', issuer: 'https://login.example.com' }, 'identifier is missing'],
    [{ provider: 'radius', auth_port: 1812 }, 'server is missing'],
    [{ otp: 'yes' }, 'otp must be true or false'],
  ])('refuses %j with a field message', async (body, message) => {
    const id = await newController();
    expect(await errorOf(id, 'PUT', '/identity/vpn', { json: body })).toEqual({
      status: 400,
      name: 'APIArgumentError',
      message,
    });
    expect(await controlCall(id)).toMatchObject({ rejectedForValidation: 1 });
  });

  it('tests LDAP with the stored bind password when none is sent', async () => {
    const id = await newController();
    const ldap = { provider: 'ldap', host: 'ldap.example.com', binddn: 'cn=vns3' };
    expect(await payload(id, 'POST', '/identity/vpn/test', { json: ldap })).toEqual({
      connect_success: true,
      message: 'Bound to ldap.example.com:389 as cn=vns3',
    });
    expect(await payload(id, 'POST', '/identity/controller/test', { json: ldap })).toMatchObject({
      connect_success: false,
    });
    expect(
      await payload(id, 'POST', '/identity/vpn/test', {
        json: { ...ldap, host: 'unreachable.example.com' },
      }),
    ).toMatchObject({ connect_success: false });
    expect(
      await errorOf(id, 'POST', '/identity/vpn/test', { json: { provider: 'radius' } }),
    ).toMatchObject({ status: 400, message: 'provider must be ldap to be tested' });
  });
});

describe('vns3 fetch_config and runtime status', () => {
  it('refuses a controller with a keyset; a fresh one fetches and reboots', async () => {
    const busy = await newController();
    const body = { json: { host: '198.51.100.20', password: 'source' } };
    expect(await errorOf(busy, 'PUT', '/snapshots/fetch_config', body)).toEqual({
      status: 403,
      name: 'OperationNotAllowedError',
      message: 'Keyset present - snapshot import not allowed',
    });
    expect(
      await errorOf(busy, 'PUT', '/snapshots/fetch_config', { json: { host: 'x', password: 'p' } }),
    ).toMatchObject({ status: 400, message: 'host must be an IPv4 address' });

    const fresh = await newController({ fresh: true });
    expect(await payload(fresh, 'PUT', '/snapshots/fetch_config', body)).toMatchObject({
      status: 'fetched',
    });
    expect(await controlCall(fresh)).toMatchObject({
      restoredFrom: 'fetch:198.51.100.20',
      rebooting: true,
    });
  });

  it('GET /status summarises tunnels and connected subnets', async () => {
    const id = await newController();
    const status = await payload<{
      ipsec: Record<string, { connected: boolean }>;
      connected_subnets: string[][];
    }>(id, 'GET', '/status');
    const tunnels = Object.values(status.ipsec);
    expect(tunnels).toHaveLength(5);
    expect(tunnels.filter((tunnel) => tunnel.connected)).toHaveLength(3);
    expect(status.connected_subnets[0]).toHaveLength(2);
  });
});
