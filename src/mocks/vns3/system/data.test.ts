// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DROP_CONNECTION } from '../../framework/router.ts';
import { call, controlCall, errorOf, newController, payload, send } from './testApi.ts';

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
afterEach(() => vi.useRealTimers());

const CERT = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n';

describe('vns3 SSL', () => {
  it('uploads a pair as JSON strings, installs it and reports the job until it finishes', async () => {
    const id = await newController({ sslInstallMs: 300 });
    expect(await errorOf(id, 'PUT', '/system/ssl/install')).toMatchObject({ status: 400 });
    expect(await errorOf(id, 'PUT', '/system/ssl/keypair', { json: {} })).toMatchObject({
      status: 400,
      message: 'cert is missing, key is missing',
    });
    expect(
      await payload(id, 'PUT', '/system/ssl/keypair', { json: { cert: CERT, key: KEY } }),
    ).toBe('Valid key/cert files uploaded');
    const { uuid } = await payload<{ uuid: string }>(id, 'PUT', '/system/ssl/install');
    expect(await payload(id, 'GET', `/system/ssl/install/${uuid}`)).toMatchObject({
      state: 'pending',
    });
    vi.setSystemTime(Date.now() + 300);
    expect(await payload(id, 'GET', `/system/ssl/install/${uuid}`)).toMatchObject({
      state: 'finished',
    });
    const { certs } = await payload<{ certs: { subject: string }[] }>(id, 'GET', '/system/ssl');
    expect(certs[0]?.subject).toBe('CN=installed.vns3.example');
    expect(await errorOf(id, 'GET', '/system/ssl/install/nope')).toMatchObject({
      status: 404,
      message: 'Unknown Job ID',
    });
  });
});

describe('vns3 snapshots', () => {
  it('creates, lists, downloads and deletes snapshots; the limit answers 403', async () => {
    const id = await newController({ maxSnapshots: 2 });
    const created = await payload(id, 'POST', '/snapshots', { json: { name: 'before-upgrade' } });
    expect(Object.keys(created)).toEqual(['before-upgrade']);
    const list = await payload<{ latest_snapshot: string; snapshots: Record<string, unknown> }>(
      id,
      'GET',
      '/snapshots',
    );
    expect(list.latest_snapshot).toBe('before-upgrade');
    expect(Object.keys(list.snapshots)).toHaveLength(2);
    expect(await errorOf(id, 'POST', '/snapshots', { json: {} })).toMatchObject({
      status: 403,
      message: 'Maximum number of snapshots reached.',
    });
    const file = await send(id, 'GET', '/snapshots/before-upgrade');
    expect(file.headers.get('Content-Disposition')).toContain('before-upgrade');
    expect(await file.text()).toMatch(/^VNS3 SNAPSHOT/);
    await payload(id, 'DELETE', '/snapshots/before-upgrade');
    expect(await errorOf(id, 'GET', '/snapshots/before-upgrade')).toMatchObject({ status: 404 });
    expect(await errorOf(id, 'POST', '/snapshots', { json: { name: 'bad name!' } })).toMatchObject({
      status: 400,
    });
  });

  it('restores only on a fresh controller, then reboots', async () => {
    const id = await newController({ rebootDowntimeMs: 500 });
    expect(
      await errorOf(id, 'PUT', '/snapshots/running_config', { text: 'VNS3 SNAPSHOT\nx' }),
    ).toMatchObject({ status: 403, message: 'Keyset present - snapshot import not allowed' });
    await controlCall(id, { fresh: true });
    expect(await errorOf(id, 'GET', '/snapshots')).toMatchObject({ status: 403 });
    expect(
      await errorOf(id, 'PUT', '/snapshots/running_config', { text: 'not a snapshot' }),
    ).toMatchObject({ status: 400, message: 'The file is not a VNS3 snapshot' });
    expect(
      await payload(id, 'PUT', '/snapshots/running_config', { text: 'VNS3 SNAPSHOT\nx' }),
    ).toMatchObject({ snapshot: 'imported' });
    expect(await call(id, 'GET', '/config')).toBe(DROP_CONNECTION);
    expect(await controlCall(id)).toMatchObject({
      licensed: true,
      keysetPresent: true,
      restoredFrom: 'upload',
    });
  });
});

describe('vns3 access', () => {
  it('creates API tokens that authenticate until expired or deleted', async () => {
    const id = await newController();
    expect(
      await errorOf(id, 'POST', '/access/token', { json: { name: 'ci', expires: 59 } }),
    ).toEqual({
      status: 400,
      name: 'APIArgumentError',
      message: 'expires range must be between 60 and 31536000',
    });
    const token = await payload<{ id: number; token: string }>(id, 'POST', '/access/token', {
      json: { name: 'ci', expires: 3600, refreshes: false },
    });
    const viaToken = { password: '', headers: { 'api-token': token.token } };
    expect((await send(id, 'GET', '/access/tokens', viaToken)).status).toBe(200);
    expect(
      (
        await send(id, 'GET', '/access/tokens', {
          password: '',
          headers: { Authorization: `Bearer ${token.token}` },
        })
      ).status,
    ).toBe(200);
    await payload(id, 'PUT', `/access/token/${token.id}`, { json: { expired: true } });
    expect((await send(id, 'GET', '/access/tokens', viaToken)).status).toBe(401);
    await payload(id, 'DELETE', `/access/token/${token.id}`);
    expect(await payload(id, 'GET', '/access/tokens')).toEqual([]);
  });

  it('creates, expires and deletes access URLs, by id or by address', async () => {
    const id = await newController();
    expect(
      await errorOf(id, 'POST', '/access/url', {
        json: { name: 'x', expires: 300000, access: 'rs' },
      }),
    ).toMatchObject({ message: 'expires range must be between 60 and 259200' });
    expect(
      await errorOf(id, 'POST', '/access/url', {
        json: { name: 'x', expires: 600, access: 'cp:abc' },
      }),
    ).toMatchObject({ message: 'access must be rs or cp:<clientpack name>' });
    const url = await payload<{ id: number; url: string }>(id, 'POST', '/access/url', {
      json: { name: 'support', expires: 600, access: 'rs' },
    });
    expect(
      await payload(id, 'PUT', `/access/url/${url.id}`, { json: { expired: true } }),
    ).toMatchObject({
      expired: true,
    });
    await payload(id, 'DELETE', '/access/url', { json: { access_url: url.url } });
    expect(await payload(id, 'GET', '/access/urls')).toEqual([]);
  });

  it('changes the API password at once; the old one stops working', async () => {
    const id = await newController();
    expect(
      await errorOf(id, 'PUT', '/api_password', { json: { password: 'short' } }),
    ).toMatchObject({
      status: 400,
    });
    expect(
      await payload(id, 'PUT', '/api_password', { json: { password: 'new-password-1' } }),
    ).toEqual({
      password_reset: true,
    });
    expect((await send(id, 'GET', '/remote_support')).status).toBe(401);
    expect((await send(id, 'GET', '/remote_support', { password: 'new-password-1' })).status).toBe(
      200,
    );
  });

  it('updates the admin UI credentials with the documented rules', async () => {
    const id = await newController();
    expect(
      await errorOf(id, 'PUT', '/admin_ui', { json: { admin_username: 'a b' } }),
    ).toMatchObject({ status: 400 });
    expect(
      await payload(id, 'PUT', '/admin_ui', {
        json: { enabled: true, admin_username: 'netadmin', admin_password: 'long-enough' },
      }),
    ).toEqual({ enabled: true, username: 'netadmin' });
  });
});

describe('vns3 remote support', () => {
  it('enables support, then exchanges the passphrase file for a key download', async () => {
    const id = await newController();
    expect(await errorOf(id, 'POST', '/remote_support/keypair', { text: 'enc' })).toMatchObject({
      status: 403,
    });
    await payload(id, 'PUT', '/remote_support', { json: { enabled: true } });
    const key = await send(id, 'POST', '/remote_support/keypair', { text: 'enc' });
    expect(key.status).toBe(201);
    expect(await key.text()).toContain('BEGIN RSA PRIVATE KEY');
    expect(
      await payload(id, 'PUT', '/remote_support', {
        json: { enabled: false, revoke_credential: true },
      }),
    ).toEqual({ enabled: false, revoke_credential: true });
    expect(await controlCall(id)).toMatchObject({ remoteSupport: false, remoteSupportKeypairs: 0 });
  });
});

describe('vns3 monitoring', () => {
  it('creates webhooks and alerts, toggles and tests an alert', async () => {
    const id = await newController();
    expect(
      await errorOf(id, 'POST', '/webhook', { json: { name: 'x', url: 'ftp://nope' } }),
    ).toMatchObject({ message: 'url must be an http(s) URL' });
    const hook = await payload<{ id: number }>(id, 'POST', '/webhook', {
      json: { name: 'Pager', url: 'https://fail.example.com/hook', events: ['tunnel_up'] },
    });
    expect(
      await errorOf(id, 'POST', '/alert', {
        json: { name: 'a', webhook_id: hook.id, events: ['nope'] },
      }),
    ).toMatchObject({ message: 'Unknown event: nope' });
    const alert = await payload<{ id: number; enabled: boolean }>(id, 'POST', '/alert', {
      json: { name: 'Pager alert', webhook_id: hook.id, events: ['tunnel_down'] },
    });
    expect(alert.enabled).toBe(true);
    expect(await payload(id, 'POST', `/alert/${alert.id}/toggle_enabled`)).toMatchObject({
      enabled: false,
    });
    expect(await payload(id, 'POST', `/alert/${alert.id}/test`)).toMatchObject({
      status: 'failed',
      code: 502,
    });
    await payload(id, 'DELETE', `/alert/${alert.id}`);
    expect(await errorOf(id, 'GET', `/alert/${alert.id}`)).toMatchObject({ status: 404 });
  });

  it('runs a packet monitor and downloads its capture', async () => {
    const id = await newController();
    expect(
      await errorOf(id, 'POST', '/packet_monitor', {
        json: {
          name: 'cap',
          type: 'netflow',
          interface: 'eth0',
          filter: null,
          duration: 'forever',
          destination: 'file',
        },
      }),
    ).toMatchObject({ message: 'destination must be host:<IPv4>:<port> for netflow' });
    await payload(id, 'POST', '/packet_monitor', {
      json: {
        name: 'cap',
        type: 'pcap',
        interface: 'eth0',
        filter: '-p 8000',
        duration: 'forever',
        destination: 'file',
      },
    });
    expect(await errorOf(id, 'GET', '/packet_monitor/cap/download')).toMatchObject({ status: 404 });
    expect(await payload(id, 'PUT', '/packet_monitor/cap/start')).toMatchObject({ success: true });
    await payload(id, 'PUT', '/packet_monitor/cap/stop');
    const capture = await send(id, 'GET', '/packet_monitor/cap/download');
    expect(capture.headers.get('Content-Disposition')).toContain('cap.tar.gz');
  });

  it('stores VNS3:ms settings and sends a test alert only when configured', async () => {
    const id = await newController();
    expect(await errorOf(id, 'POST', '/ms/alert/test')).toMatchObject({ status: 400 });
    await payload(id, 'POST', '/ms', { json: { ip: '10.0.0.5' } });
    expect(await payload(id, 'PUT', '/ms', { json: { alert_enabled: true } })).toEqual({
      ip: '10.0.0.5',
      alert_enabled: true,
    });
    expect(await payload(id, 'POST', '/ms/alert/test')).toBe(true);
  });
});

describe('vns3 containers and plugins', () => {
  it('lists, starts, stops and reads logs of containers; 403 without container support', async () => {
    const id = await newController();
    const started = await payload<{ uuid: string }>(id, 'POST', '/container_system/containers', {
      json: { image_uuid: 'img-1', name: 'web2' },
    });
    const logs = await payload<{ logs: string[] }>(
      id,
      'GET',
      `/container_system/containers/${started.uuid}/logs?lines=2`,
    );
    expect(logs.logs).toHaveLength(2);
    await payload(id, 'PUT', `/container_system/containers/${started.uuid}`);
    expect(await errorOf(id, 'DELETE', '/container_system/images/img-1')).toMatchObject({
      message: 'Image is used by a container',
    });
    await controlCall(id, { containersAvailable: false });
    expect(await errorOf(id, 'GET', '/container_system')).toMatchObject({
      status: 403,
      message: 'Container support not available',
    });
  });

  it('installs a plugin from the catalog and runs an instance of it', async () => {
    const id = await newController();
    const catalog = await payload<Record<string, { image_url: string; installed: boolean }>>(
      id,
      'GET',
      '/plugin-catalog',
    );
    const haproxy = catalog['cohesive/haproxy'];
    const plugin = await payload<{ id: number }>(id, 'POST', '/plugins', {
      json: { name: 'HAProxy', image_url: haproxy?.image_url, catalog_id: 'cohesive/haproxy' },
    });
    expect(
      (await payload<Record<string, { installed: boolean }>>(id, 'GET', '/plugin-catalog'))[
        'cohesive/haproxy'
      ]?.installed,
    ).toBe(true);
    const instance = await payload<{ id: number; status: string }>(
      id,
      'POST',
      '/plugin-instances',
      {
        json: { name: 'lb1', plugin_id: plugin.id },
      },
    );
    expect(instance.status).toBe('running');
    expect(
      await payload(id, 'GET', `/plugin-instances/${instance.id}/logs/main/content?lines=3`),
    ).toHaveLength(3);
    await payload(
      id,
      'PUT',
      `/plugin-instances/${instance.id}/configurations/haproxy-cfg/content`,
      {
        json: { content: 'global\n' },
      },
    );
    expect(
      await payload(
        id,
        'GET',
        `/plugin-instances/${instance.id}/configurations/haproxy-cfg/content`,
      ),
    ).toBe('global\n');
    expect(await errorOf(id, 'DELETE', `/plugins/${plugin.id}`)).toMatchObject({ status: 400 });
    expect(await errorOf(id, 'DELETE', `/plugin-instances/${instance.id}`)).toMatchObject({
      status: 400,
    });
    await payload(id, 'DELETE', `/plugin-instances/${instance.id}`, { json: { force: true } });
    await payload(id, 'DELETE', `/plugins/${plugin.id}`);
    expect(await call(id, 'GET', '/plugins')).not.toBe(DROP_CONNECTION);
  });
});
