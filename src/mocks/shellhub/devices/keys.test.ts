// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from './publicKeyData.ts';
import { api, newInstance } from './test-helpers.ts';

const LINE =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g sam@lab';

describe('public keys', () => {
  it('computes the MD5 fingerprint of a well-formed key and refuses others', () => {
    expect(fingerprintOf(LINE)).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    expect(fingerprintOf('ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIHh0')).toBeNull();
    expect(fingerprintOf('hello world')).toBeNull();
    // Unpadded base64 is refused, as Go's standard decoding does.
    expect(fingerprintOf(LINE.replace('Hh8g ', 'Hh8 '))).toBeNull();
  });

  it('adds, edits, tags and deletes a key', async () => {
    const id = newInstance();
    const data = Buffer.from(LINE).toString('base64');
    const body = { data, name: 'sam', username: '^sam$', filter: { hostname: '.*' } };
    const created = await api(id, 'POST', '/api/sshkeys/public-keys', body);
    expect(created.status).toBe(200);
    const { fingerprint } = (await created.json()) as { fingerprint: string };
    expect((await api(id, 'POST', '/api/sshkeys/public-keys', body)).status).toBe(409);
    const path = `/api/sshkeys/public-keys/${fingerprint}`;
    const put = await api(id, 'PUT', path, {
      name: 'sam laptop',
      username: '.*',
      filter: { tags: ['lab'] },
    });
    expect(await put.json()).toMatchObject({ name: 'sam laptop', filter: { tags: ['lab'] } });
    expect((await api(id, 'POST', `${path}/tags`, { tag: 'oslo' })).status).toBe(200);
    expect((await api(id, 'DELETE', `${path}/tags/lab`)).status).toBe(200);
    expect((await api(id, 'PUT', `${path}/tags`, { tags: ['lyon'] })).status).toBe(200);
    const listed = await api(id, 'GET', '/api/sshkeys/public-keys?page=1&per_page=10');
    expect(listed.headers.get('X-Total-Count')).toBe('2');
    expect((await api(id, 'DELETE', path)).status).toBe(200);
  });

  it('answers field errors for a malformed key', async () => {
    const id = newInstance();
    const response = await api(id, 'POST', '/api/sshkeys/public-keys', {
      data: Buffer.from('not a key').toString('base64'),
      name: '',
      username: '(',
      filter: { hostname: '.*' },
    });
    expect(await response.json()).toEqual({
      message: 'invalid entity',
      fields: {
        data: 'is not a base64-encoded SSH public key',
        name: 'is required',
        username: 'is not a valid regular expression',
      },
    });
  });
});

describe('connectors', () => {
  it('creates, lists by enable, updates, reads docker info and deletes', async () => {
    const id = newInstance();
    const body = { enable: false, address: 'docker.example', port: 2375, secure: false, tls: null };
    const created = (await (await api(id, 'POST', '/api/connector', body)).json()) as {
      uid: string;
    };
    const disabled = await api(id, 'GET', '/api/connector?enable=false');
    expect(disabled.headers.get('X-Total-Count')).toBe('1');
    expect((await api(id, 'GET', `/api/connector/${created.uid}/info`)).status).toBe(503);
    expect(
      (await api(id, 'PATCH', `/api/connector/${created.uid}`, { ...body, enable: true })).status,
    ).toBe(200);
    const info = (await (
      await api(id, 'GET', `/api/connector/${created.uid}/info`)
    ).json()) as Record<string, unknown>;
    expect(info).toMatchObject({ Containers: 3, ContainersRunning: 2 });
    expect((await api(id, 'POST', '/api/connector', { ...body, port: 70000 })).status).toBe(400);
    expect((await api(id, 'DELETE', `/api/connector/${created.uid}`)).status).toBe(200);
  });
});
