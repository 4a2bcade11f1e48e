// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DROP_CONNECTION } from '../framework/http.ts';
import { buildTar } from './tar.ts';
import { call, control, file, getJson, newInstance, send, snapshot } from './test-helpers.ts';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-01-15T10:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);
const json = (value: unknown) => file(JSON.stringify(value), 'application/json');

const PEM_CERT = '-----BEGIN CERTIFICATE-----\nMIID\n-----END CERTIFICATE-----\n';
const PEM_KEY = '-----BEGIN RSA PRIVATE KEY-----\nMIIF\n-----END RSA PRIVATE KEY-----\n';

describe('jidoteki network settings', () => {
  it('applies valid settings after a short delay', async () => {
    const id = newInstance();
    const settings = { network: { interface: 'eth1', hostname: 'new.lan' }, app: { a: 1 } };
    const response = await send(id, 'POST', 'settings', { form: { settings: json(settings) } });
    expect(response.status).toBe(202);
    expect(response.headers.get('Location')).toBe('/api/v1/admin/settings');
    expect(await getJson(id, 'settings')).toMatchObject({ network: { mode: 'static' } });
    advance(300);
    expect(await getJson(id, 'settings')).toEqual({
      network: { mode: 'dhcp', interface: 'eth1', hostname: 'new.lan' },
      app: { a: 1 },
    });
  });

  it('rejects invalid settings with the server message', async () => {
    const id = newInstance();
    const response = await send(id, 'POST', 'settings', {
      form: { settings: json({ network: { interface: 'e0', hostname: 'h.lan' } }) },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      Status: '400 Bad Request',
      'Error-Message': 'Invalid string length for option: interface. Allowed: >= 3 and <= 14',
    });
    const broken = await send(id, 'POST', 'settings', { form: { settings: file('{nope') } });
    expect(await broken.json()).toEqual({ Status: '400 Bad Request' });
    expect((await snapshot(id)).rejectedForValidation).toBe(2);
  });

  it('answers 404 when no settings exist', async () => {
    const id = newInstance();
    await control(id, { settings: null });
    expect((await send(id, 'GET', 'settings')).status).toBe(404);
  });
});

describe('jidoteki storage', () => {
  it('returns storage with options and applies a new type', async () => {
    const id = newInstance();
    const first = await send(id, 'GET', 'storage');
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    expect(await first.json()).toEqual({
      storage: { type: 'local' },
      options: ['local', 'nfs', 'aoe', 'iscsi', 'nbd'],
    });
    const nfs = { type: 'nfs', mount_options: 'noacl,sync', ip: '10.0.0.5', share: '/export' };
    const response = await send(id, 'POST', 'storage', {
      form: { settings: json({ storage: nfs }) },
    });
    expect(response.status).toBe(202);
    advance(300);
    expect(await getJson(id, 'storage')).toMatchObject({ storage: nfs });
  });

  it('rejects a type outside the options', async () => {
    const id = newInstance();
    await control(id, { storageOptions: ['local', 'nfs'] });
    const response = await send(id, 'POST', 'storage', {
      form: { settings: json({ storage: { type: 'aoe', device: 'e0.1' } }) },
    });
    expect(response.headers.get('Error-Message')).toBe('Invalid option: type. Allowed: local, nfs');
  });
});

describe('jidoteki license', () => {
  const license = (extra = '') =>
    file(
      `-----BEGIN PGP MESSAGE-----\nName: Acme\nUsers: 50\n${extra}\n-----END PGP MESSAGE-----\n`,
    );

  it('stores a valid license and then drops the connection (upstream bug)', async () => {
    const id = newInstance();
    const result = await call(id, 'POST', 'license', { form: { license: license() } });
    expect(result).toBe(DROP_CONNECTION);
    expect(await getJson(id, 'license')).toEqual({
      app: 'enterprise',
      users: 50,
      expires: '19 January 2038',
      name: 'Acme',
      contact: 'cto@enterprise',
    });
  });

  it('answers 200 with the license when the bug is fixed', async () => {
    const id = newInstance();
    await control(id, { licenseBugFixed: true });
    const response = await send(id, 'POST', 'license', { form: { license: license() } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ name: 'Acme', users: 50 });
  });

  it('rejects an invalid license and answers 404 when none exists', async () => {
    const id = newInstance();
    const response = await send(id, 'POST', 'license', { form: { license: file('garbage') } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ Status: '400 Bad Request' });
    await control(id, { license: null });
    expect((await send(id, 'GET', 'license')).status).toBe(404);
  });
});

describe('jidoteki TLS certificates', () => {
  it('reports null status first, then runs to success', async () => {
    const id = newInstance();
    expect(await getJson(id, 'certs')).toEqual({ status: null, log: null });
    const response = await send(id, 'POST', 'certs', {
      form: { public: file(PEM_CERT), private: file(PEM_KEY), ca: file(PEM_CERT) },
    });
    expect(response.status).toBe(202);
    expect(await getJson(id, 'certs')).toMatchObject({ status: 'running' });
    advance(300 * 5);
    const done = (await getJson(id, 'certs')) as { status: string; log: string };
    expect(done.status).toBe('success');
    expect(done.log.split('\\n').at(-1)).toMatch(/Add TLS certificates successful$/);
  });

  it('fails a bad key and rejects a missing file', async () => {
    const id = newInstance();
    await send(id, 'POST', 'certs', { form: { public: file(PEM_CERT), private: file('nope') } });
    advance(300 * 5);
    expect(await getJson(id, 'certs')).toMatchObject({ status: 'failed' });
    const missing = await send(id, 'POST', 'certs', { form: { public: file(PEM_CERT) } });
    expect(missing.status).toBe(400);
  });
});

describe('jidoteki backup', () => {
  it('runs a backup, downloads it, restores it and deletes it', async () => {
    const id = newInstance();
    expect((await send(id, 'GET', 'backup')).status).toBe(404);
    const start = await send(id, 'POST', 'backup', { form: { action: 'start' } });
    expect(start.status).toBe(202);
    expect(start.headers.get('Location')).toBe('/api/v1/admin/backup');
    expect(await getJson(id, 'backup')).toEqual({ status: 'running' });
    advance(600);
    const done = (await getJson(id, 'backup')) as { sha256: string; filesize: string };
    expect(done).toEqual({
      status: 'success',
      filesize: expect.stringMatching(/^\d+\.\dK$/),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const download = await send(id, 'GET', 'backup/download');
    expect(download.headers.get('Content-Type')).toBe('application/x-tar');
    expect(download.headers.get('Content-Disposition')).toBe('attachment; filename="backup.tar"');
    const archive = new Uint8Array(await download.arrayBuffer());
    const restore = await send(id, 'POST', 'backup/restore', {
      form: { archive: new Blob([archive]) },
    });
    expect(restore.status).toBe(200);
    expect(await restore.json()).toEqual({ Status: '200 OK' });
    const log = await send(id, 'GET', 'backup/log');
    expect(await log.text()).toContain('Restore complete');
    await send(id, 'POST', 'backup', { form: { action: 'STOP' } });
    expect((await send(id, 'GET', 'backup')).status).toBe(404);
  });

  it('rejects an unknown action and an archive that is not a tar', async () => {
    const id = newInstance();
    const action = await send(id, 'POST', 'backup', { form: { action: 'PAUSE' } });
    expect(action.status).toBe(400);
    expect(action.headers.get('Error-Message')).toBe(
      "Missing or invalid option: action. Expected value 'START' or 'STOP'",
    );
    const restore = await send(id, 'POST', 'backup/restore', {
      form: { archive: file('not a tar archive') },
    });
    expect(await restore.json()).toEqual({
      Status: '400 Bad Request',
      'Error-Message': 'Unable to extract backup archive',
    });
    const tar = buildTar([{ name: 'a.txt', content: new Uint8Array([65]), mtime: Date.now() }]);
    const ok = await send(id, 'POST', 'backup/restore', { form: { archive: file(tar) } });
    expect(ok.status).toBe(200);
    expect((await snapshot(id)).rejectedForValidation).toBe(2);
  });

  it('marks a stopped backup as failed', async () => {
    const id = newInstance();
    await send(id, 'POST', 'backup', { form: { action: 'START' } });
    await send(id, 'POST', 'backup', { form: { action: 'STOP' } });
    advance(1000);
    expect(await getJson(id, 'backup')).toEqual({ status: 'failed' });
  });
});

describe('jidoteki reboot', () => {
  it('goes down for the configured downtime, then comes back', async () => {
    const id = newInstance();
    await control(id, { rebootDowntimeMs: 5000 });
    const reboot = await send(id, 'GET', 'reboot');
    expect(reboot.status).toBe(202);
    expect(reboot.headers.get('Location')).toBe('/api/v1/admin/reboot');
    expect(await reboot.json()).toEqual({
      Status: '202 Accepted',
      Location: '/api/v1/admin/reboot',
    });
    expect(await call(id, 'GET', 'version')).toBe(DROP_CONNECTION);
    expect(await snapshot(id)).toMatchObject({ down: true, reboots: 1 });
    advance(4999);
    expect(await call(id, 'GET', 'version')).toBe(DROP_CONNECTION);
    advance(1);
    expect((await send(id, 'GET', 'version')).status).toBe(200);
  });
});
