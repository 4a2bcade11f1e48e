// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedUuid } from './seed.ts';
import { api, control, newInstance } from './test-helpers.ts';

interface Item {
  uuid: string;
  labels: Record<string, string>;
  'last-seen': number;
}

function links(response: Response): Record<string, URL> {
  const header = response.headers.get('Link') ?? '';
  const out: Record<string, URL> = {};
  for (const part of header.split(',')) {
    const match = /<([^>]+)>;\s*rel="(\w+)"/.exec(part.trim());
    if (match?.[1] && match[2]) out[match[2]] = new URL(match[1]);
  }
  return out;
}

describe('device list paging', () => {
  it('pages with offset/limit and Link rel first/next/last, by name by default', async () => {
    const id = newInstance();
    await control(id, { deviceCount: 7 });
    const first = await api(id, 'GET', '/v1/devices?limit=3');
    const items = (await first.json()) as Item[];
    expect(items).toHaveLength(3);
    const names = items.map((item) => item.labels.name ?? '');
    expect([...names].sort()).toEqual(names);
    const rels = links(first);
    expect(Object.keys(rels)).toEqual(['first', 'next', 'last']);
    expect(rels.next?.searchParams.get('offset')).toBe('3');
    expect(rels.last?.searchParams.get('offset')).toBe('6');
    expect(rels.first?.searchParams.get('order-by')).toBe('name-asc');
    expect(rels.next?.pathname).toBe(`/sim/devicegw/${id}/v1/devices`);

    const last = await api(id, 'GET', '/v1/devices?limit=3&offset=6');
    expect(((await last.json()) as Item[]).length).toBe(1);
    expect(Object.keys(links(last))).toEqual(['first', 'last']);
  });

  it('orders by last-seen descending', async () => {
    const id = newInstance();
    const response = await api(id, 'GET', '/v1/devices?order-by=last-seen-desc&limit=5');
    const seen = ((await response.json()) as Item[]).map((item) => item['last-seen']);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });

  it('rejects an unknown order-by', async () => {
    const id = newInstance();
    const response = await api(id, 'GET', '/v1/devices?order-by=colour');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/order-by/);
  });
});

describe('delete, denied list and restore', () => {
  it('puts a deleted device on the denied list and restores its record only', async () => {
    const id = newInstance();
    const uuid = seedUuid(1);
    expect((await api(id, 'GET', `/v1/devices/${uuid}/apps-states`)).status).toBe(200);
    expect((await api(id, 'DELETE', `/v1/devices/${uuid}`)).status).toBe(204);
    expect((await api(id, 'GET', `/v1/devices/${uuid}`)).status).toBe(404);
    expect(await (await api(id, 'GET', '/v1/denied-devices')).json()).toEqual([uuid]);

    expect((await api(id, 'DELETE', `/v1/denied-devices/${uuid}`)).status).toBe(204);
    expect(await (await api(id, 'GET', '/v1/denied-devices')).json()).toEqual([]);
    const detail = (await (await api(id, 'GET', `/v1/devices/${uuid}`)).json()) as Item;
    expect(detail.uuid).toBe(uuid);
    expect(await (await api(id, 'GET', `/v1/devices/${uuid}/apps-states`)).json()).toEqual({
      apps_states: [],
    });
    expect(await (await api(id, 'GET', `/v1/devices/${uuid}/updates`)).json()).toEqual([]);
  });

  it('answers 404 when restoring a device that is not denied', async () => {
    const id = newInstance();
    const response = await api(id, 'DELETE', `/v1/denied-devices/${seedUuid(2)}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: 'Device is not on the denied list' });
  });

  it('answers 404 for deleting an unknown device', async () => {
    const id = newInstance();
    expect((await api(id, 'DELETE', '/v1/devices/unknown')).status).toBe(404);
  });
});

describe('device data', () => {
  it('serves detail, update ids and events, tests and artifacts', async () => {
    const id = newInstance();
    const uuid = seedUuid(1);
    const detail = (await (await api(id, 'GET', `/v1/devices/${uuid}`)).json()) as Record<
      string,
      unknown
    >;
    expect(Object.keys(detail)).toEqual(
      expect.arrayContaining(['apps', 'ostree-hash', 'pubkey', 'update-name', 'network-info']),
    );
    const ids = (await (await api(id, 'GET', `/v1/devices/${uuid}/updates`)).json()) as string[];
    expect(ids).toHaveLength(1);
    const events = (await (
      await api(id, 'GET', `/v1/devices/${uuid}/updates/${ids[0]}`)
    ).json()) as { eventType: { id: string } }[];
    expect(events.map((event) => event.eventType.id)).toContain('EcuInstallationCompleted');
    expect((await api(id, 'GET', `/v1/devices/${uuid}/updates/missing`)).status).toBe(404);
    const tests = (await (await api(id, 'GET', `/v1/devices/${uuid}/tests`)).json()) as {
      uuid: string;
    }[];
    const testId = tests[0]?.uuid ?? '';
    expect((await api(id, 'GET', `/v1/devices/${uuid}/tests/${testId}`)).status).toBe(200);
    expect((await api(id, 'GET', `/v1/devices/${uuid}/tests/short`)).status).toBe(400);
    const artifact = await api(id, 'GET', `/v1/devices/${uuid}/tests/${testId}/console.log`);
    expect(await artifact.text()).toBe('boot ok\n');
  });

  it('upserts and deletes labels, refusing a duplicate name and bad names', async () => {
    const id = newInstance();
    const uuid = seedUuid(1);
    const patch = await api(id, 'PATCH', `/v1/devices/${uuid}/labels`, {
      body: { Upserts: { rack: 'r12' }, Deletes: ['group'] },
    });
    expect(patch.status).toBe(200);
    const detail = (await (await api(id, 'GET', `/v1/devices/${uuid}`)).json()) as Item;
    expect(detail.labels).toEqual({ name: 'gw-lyon-01', rack: 'r12' });
    const empty = await api(id, 'PATCH', `/v1/devices/${uuid}/labels`, { body: {} });
    expect(empty.status).toBe(400);
    const bad = await api(id, 'PUT', `/v1/devices/${uuid}/labels`, { body: { Rack: 'x' } });
    expect(bad.status).toBe(400);
    const duplicate = await api(id, 'PUT', `/v1/devices/${uuid}/labels`, {
      body: { name: 'gw-oslo-02' },
    });
    expect(duplicate.status).toBe(409);
    const replaced = await api(id, 'PUT', `/v1/devices/${uuid}/labels`, {
      body: { name: 'renamed', rack: null },
    });
    expect(replaced.status).toBe(200);
    const after = (await (await api(id, 'GET', `/v1/devices/${uuid}`)).json()) as Item;
    expect(after.labels).toEqual({ name: 'renamed' });
  });

  it('lists known labels with name and group first, and known groups', async () => {
    const id = newInstance();
    const labels = (await (await api(id, 'GET', '/v1/known-labels/devices')).json()) as string[];
    expect(labels.slice(0, 2)).toEqual(['name', 'group']);
    expect(await (await api(id, 'GET', '/v1/known-labels/device-groups')).json()).toEqual([
      'alpha',
      'beta',
      'production',
    ]);
  });

  it('registers a device with a CSR whose CN is its uuid, once', async () => {
    const id = newInstance();
    const csr = '-----BEGIN CERTIFICATE REQUEST-----\nCN=new-1\n-----END CERTIFICATE REQUEST-----';
    const created = await api(id, 'POST', '/v1/devices', {
      body: { uuid: 'new-1', name: 'fresh', group: 'alpha', csr },
    });
    expect(created.status).toBe(201);
    expect(Object.keys((await created.json()) as object)).toEqual([
      'root.crt',
      'client.pem',
      'sota.toml',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await api(id, 'POST', '/v1/devices', { body: { uuid: 'new-1', csr } });
    expect(again.status).toBe(409);
    await control(id, { deviceCa: false });
    expect((await api(id, 'POST', '/v1/devices', { body: { uuid: 'x' } })).status).toBe(405);
  });
});

describe('device creation rate limit', () => {
  it('answers 429 to a third POST /v1/devices within a second', async () => {
    const id = newInstance();
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await api(id, 'POST', '/v1/devices', { body: { uuid: `d${i}` } })).status);
    }
    expect(statuses).toEqual([400, 400, 429]);
  });
});
