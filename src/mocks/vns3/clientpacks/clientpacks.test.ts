// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { newVns3Instance, vns3Call, vns3Control } from '../firewall/testApi.ts';

describe('clientpacks', () => {
  it('lists packs keyed by name and updates one', async () => {
    const id = newVns3Instance('cp');
    await vns3Control(id, { reset: true, clientpackCount: 3 });
    const list = await vns3Call(id, 'GET', '/clientpacks');
    expect(Object.keys(list.body.response)).toEqual([
      '100_127_255_193',
      '100_127_255_194',
      '100_127_255_195',
    ]);
    const updated = await vns3Call(id, 'PUT', '/clientpack', {
      name: '100_127_255_194',
      enabled: false,
    });
    expect(updated.body.response).toMatchObject({
      enabled: false,
      connected: false,
      status: 'disabled',
    });
    const regenerated = await vns3Call(id, 'PUT', '/clientpack', {
      name: '100_127_255_193',
      regenerate: true,
    });
    expect(typeof regenerated.body.response.token).toBe('string');
  });

  it('downloads every format and refuses an unknown one', async () => {
    const id = newVns3Instance('cp');
    await vns3Control(id, { reset: true });
    for (const [format, file] of [
      ['ovpn', '100_127_255_193.ovpn'],
      ['conf', '100_127_255_193.conf'],
      ['zip', '100_127_255_193.zip'],
      ['tarball', '100_127_255_193.tar.gz'],
    ]) {
      const response = await vns3Call(
        id,
        'GET',
        `/clientpack?name=100_127_255_193&fileformat=${format}`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Disposition')).toContain(file);
    }
    expect(
      (await vns3Call(id, 'GET', '/clientpack?name=100_127_255_193&fileformat=exe')).status,
    ).toBe(400);
  });

  it('checks out the next available pack within bounds', async () => {
    const id = newVns3Instance('cp');
    await vns3Control(id, { reset: true, clientpackCount: 4 });
    const next = await vns3Call(id, 'POST', '/clientpacks/next_available', {
      low_ip: '100.127.255.195',
    });
    expect(next.body.response).toMatchObject({ name: '100_127_255_195', checked_out: true });
    const none = await vns3Call(id, 'POST', '/clientpacks/next_available', {
      low_ip: '100.127.255.195',
      high_ip: '100.127.255.195',
    });
    expect(none.status).toBe(404);
    expect(
      (await vns3Call(id, 'POST', '/clientpacks/next_available', { low_ip: 'x' })).status,
    ).toBe(400);
  });

  it('adds and removes tags, resets clients and reports connected ones', async () => {
    const id = newVns3Instance('cp');
    await vns3Control(id, { reset: true, clientpackCount: 8 });
    const tagged = await vns3Call(id, 'POST', '/clientpack/100_127_255_193', {
      key: 'site',
      value: 'lab',
    });
    expect(tagged.body.response.tags).toEqual({ site: 'lab' });
    const untagged = await vns3Call(id, 'DELETE', '/clientpack/100_127_255_193', { key: 'site' });
    expect(untagged.body.response.tags).toEqual({});
    const clients = await vns3Call(id, 'GET', '/status/clients');
    expect(Object.keys(clients.body.response)).toEqual(['100.127.255.194', '100.127.255.198']);
    const reset = await vns3Call(id, 'POST', '/client/reset', { name: '100_127_255_194' });
    expect(reset.body.response).toEqual({
      disconnecting: true,
      overlay_ipaddress: '100.127.255.194',
    });
    const all = await vns3Call(id, 'POST', '/clients/reset_all');
    expect(all.body.response).toEqual({ resetting: ['100.127.255.198'] });
    expect((await vns3Call(id, 'GET', '/status/clients')).body.response).toEqual({});
  });

  it('adds packs within the licence and refuses beyond it', async () => {
    const id = newVns3Instance('cp');
    await vns3Control(id, { reset: true, clientpackCount: 2, clientpackCapacity: 3 });
    expect(
      (await vns3Call(id, 'POST', '/clientpacks/add_clientpacks', { requested_ips: '100.127.0.9' }))
        .status,
    ).toBe(200);
    const full = await vns3Call(id, 'POST', '/clientpacks/add_clientpacks', {
      requested_ips: '100.127.0.10',
    });
    expect(full.status).toBe(403);
    expect(full.body.error.message).toBe('Not enough room in license for 1 more clientpacks.');
  });

  it('answers 403 without a keyset', async () => {
    const id = newVns3Instance('cp');
    await vns3Control(id, { reset: true, keysetPresent: false });
    const response = await vns3Call(id, 'GET', '/clientpacks');
    expect(response.status).toBe(403);
    expect(response.body.error.message).toBe('Keyset is missing');
  });
  it('disconnects a connected client by name and refuses one that is not connected', async () => {
    const id = newVns3Instance('cp');
    await vns3Control(id, { reset: true, clientpackCount: 4 });
    const done = await vns3Call(id, 'PUT', '/clientpack/100_127_255_194', { disconnect: true });
    expect(done.body.response).toEqual({
      disconnecting: 'true',
      overlay_ipaddress: '100.127.255.194',
    });
    const again = await vns3Call(id, 'PUT', '/clientpack/100_127_255_194', { disconnect: true });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toBe('Overlay IP address 100.127.255.194 is not connected');
    expect((await vns3Call(id, 'GET', '/status/clients')).body.response).toEqual({});
  });

  it('adds packs from a CSV list, refusing bad, repeated and existing addresses', async () => {
    const id = newVns3Instance('cp');
    await vns3Control(id, { reset: true, clientpackCount: 2, clientpackCapacity: 5 });
    const add = (requested_ips: string) =>
      vns3Call(id, 'POST', '/clientpacks/add_clientpacks', { requested_ips });
    expect((await add('100.127.0.1, 100.127.0.300')).body.error.message).toBe(
      'requested_ips: 100.127.0.300 is not an IPv4 address',
    );
    expect((await add('100.127.0.1,100.127.0.1')).body.error.message).toBe(
      'requested_ips: 100.127.0.1 is listed twice',
    );
    expect((await add('100.127.255.193')).status).toBe(400);
    const full = await add('100.127.0.1,100.127.0.2,100.127.0.3,100.127.0.4');
    expect(full.status).toBe(403);
    expect(full.body.error.message).toBe('Not enough room in license for 4 more clientpacks.');
    expect((await add('100.127.0.1,100.127.0.2')).body.response).toBe('Added 2 clientpacks');
    const detail = await vns3Call(id, 'GET', '/clientpacks/100_127_0_2');
    expect(detail.body.response.clientpack).toMatchObject({
      overlay_ipaddress: '100.127.0.2',
      enabled: true,
      checked_out: false,
    });
  });

  it('changes every pack at once, as a task when asked', async () => {
    const id = newVns3Instance('cp');
    await vns3Control(id, { reset: true, clientpackCount: 5 });
    expect((await vns3Call(id, 'PUT', '/clientpacks', { enabled: 'yes' })).status).toBe(400);
    const queued = await vns3Call(id, 'PUT', '/clientpacks', { enabled: false, async: true });
    expect(typeof queued.body.response.token).toBe('string');
    const list = (await vns3Call(id, 'GET', '/clientpacks')).body.response;
    expect(Object.values(list).every((pack) => !(pack as { enabled: boolean }).enabled)).toBe(true);
  });
});
