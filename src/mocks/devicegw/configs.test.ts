// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedUuid } from './seed.ts';
import { api, newInstance, tarBytes } from './test-helpers.ts';

describe('configs', () => {
  it('saves a factory config as a new history item, newest first, unless unchanged', async () => {
    const id = newInstance();
    const body = { Files: { 'a.conf': { Value: 'x=1', Unencrypted: true } }, Reason: 'First: ok' };
    expect((await api(id, 'PUT', '/v1/configs/factory', { body })).status).toBe(204);
    expect((await api(id, 'PUT', '/v1/configs/factory', { body })).status).toBe(204);
    const latest = (await (await api(id, 'GET', '/v1/configs/factory')).json()) as {
      Files: object;
      CreatedBy: string;
    };
    expect(latest.Files).toEqual(body.Files);
    expect(latest.CreatedBy).toBe('admin');
    const history = (await (
      await api(id, 'GET', '/v1/configs/factory/history?limit=5')
    ).json()) as Record<string, unknown>[];
    expect(history).toHaveLength(2);
    expect(history[0]).not.toHaveProperty('Files');
    const withFiles = (await (
      await api(id, 'GET', '/v1/configs/factory/history?show-files=true&limit=1')
    ).json()) as Record<string, unknown>[];
    expect(withFiles[0]?.Files).toEqual(body.Files);
    expect((await api(id, 'GET', '/v1/configs/factory/history?limit=11')).status).toBe(400);
  });

  it.each([
    ['an unknown field', { Files: {}, Extra: 1 }],
    ['a bad reason', { Files: {}, Reason: 'no <html>' }],
    ['a long reason', { Files: {}, Reason: 'a'.repeat(201) }],
    ['the fioctl file', { Files: { 'z-50-fioctl.toml': { Value: '' } } }],
    ['a file without Value', { Files: { a: {} } }],
  ])('rejects a factory config with %s', async (_label, body) => {
    const id = newInstance();
    const response = await api(id, 'PUT', '/v1/configs/factory', { body });
    expect(response.status).toBe(400);
    expect(await response.json()).toHaveProperty('message');
  });

  it('allows the fioctl file at group level; 204 for a known group without config', async () => {
    const id = newInstance();
    expect((await api(id, 'GET', '/v1/configs/group/beta')).status).toBe(204);
    expect((await api(id, 'GET', '/v1/configs/group/nope')).status).toBe(404);
    const body = { Files: { 'z-50-fioctl.toml': { Value: '[pacman]' } } };
    expect((await api(id, 'PUT', '/v1/configs/group/beta', { body })).status).toBe(204);
    expect((await api(id, 'GET', '/v1/configs/group/beta')).status).toBe(200);
    expect((await api(id, 'PUT', '/v1/configs/group/b%20d', { body })).status).toBe(400);
  });

  it('serves device configs, applied configs and 404 for unknown devices', async () => {
    const id = newInstance();
    const uuid = seedUuid(1);
    expect((await api(id, 'GET', `/v1/configs/device/${uuid}`)).status).toBe(204);
    const applied = (await (await api(id, 'GET', `/v1/configs/device/${uuid}/applied`)).json()) as {
      AuditTrail: unknown[];
    };
    expect(applied.AuditTrail).toHaveLength(3);
    expect((await api(id, 'GET', `/v1/configs/device/${seedUuid(3)}/applied`)).status).toBe(204);
    expect((await api(id, 'GET', '/v1/configs/device/unknown')).status).toBe(404);
    const body = { Files: { b: { Value: '1', OnChanged: ['/bin/true'] } } };
    expect((await api(id, 'PUT', `/v1/configs/device/${uuid}`, { body })).status).toBe(204);
    const history = (await (
      await api(id, 'GET', `/v1/configs/device/${uuid}/history`)
    ).json()) as unknown[];
    expect(history).toHaveLength(1);
  });

  it('accepts a tar archive of configs and refuses anything else', async () => {
    const id = newInstance();
    const ok = await api(id, 'PUT', '/v1/configs', {
      body: tarBytes() as BodyInit,
      headers: { 'Content-Type': 'application/x-tar' },
    });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('Configs uploaded successfully');
    const bad = await api(id, 'PUT', '/v1/configs', { body: 'hello' });
    expect(bad.status).toBe(400);
  });
});
