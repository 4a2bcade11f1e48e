// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { api, control, filterParam, newInstance } from './test-helpers.ts';

interface DeviceItem {
  uid: string;
  name: string;
  status: string;
  online: boolean;
  tags: string[];
}

const list = async (id: string, query: string) => {
  const response = await api(id, 'GET', `/api/devices?${query}`);
  return {
    status: response.status,
    total: response.headers.get('X-Total-Count'),
    items: response.ok ? ((await response.json()) as DeviceItem[]) : [],
  };
};

describe('device list', () => {
  it('pages with X-Total-Count and filters by status', async () => {
    const id = newInstance();
    const accepted = await list(id, 'status=accepted&page=1&per_page=5');
    expect(accepted.total).toBe('8');
    expect(accepted.items).toHaveLength(5);
    expect(accepted.items.every((device) => device.status === 'accepted')).toBe(true);
    const second = await list(id, 'status=accepted&page=2&per_page=5');
    expect(second.items).toHaveLength(3);
    expect((await list(id, 'status=pending')).total).toBe('2');
    expect((await list(id, 'status=rejected')).total).toBe('2');
  });

  it('sorts by name either way', async () => {
    const id = newInstance();
    const asc = await list(id, 'status=accepted&sort_by=name&order_by=asc&per_page=100');
    expect(asc.items.map((d) => d.name)[0]).toBe('edge-lyon-01');
    const desc = await list(id, 'status=accepted&sort_by=name&order_by=desc&per_page=100');
    expect(desc.items.map((d) => d.name)[0]).toBe('router-hq');
    expect((await list(id, 'sort_by=colour')).status).toBe(400);
  });

  it('applies the base64url filter: contains, bool and an or operator', async () => {
    const id = newInstance();
    const byName = filterParam([
      { type: 'property', params: { name: 'name', operator: 'contains', value: 'OSLO' } },
    ]);
    expect((await list(id, `filter=${byName}`)).items.map((d) => d.name).sort()).toEqual([
      'edge-oslo-01',
      'edge-oslo-02',
    ]);
    const either = filterParam([
      { type: 'property', params: { name: 'tags', operator: 'eq', value: 'lab' } },
      { type: 'property', params: { name: 'name', operator: 'contains', value: 'kiosk' } },
      { type: 'operator', params: { name: 'or' } },
      { type: 'property', params: { name: 'online', operator: 'bool', value: 'true' } },
    ]);
    expect((await list(id, `filter=${either}`)).items.map((d) => d.name)).toEqual(['lab-pi-02']);
    expect((await list(id, 'filter=not-json')).status).toBe(400);
  });

  it('serves 10,000 generated devices a page at a time', async () => {
    const id = newInstance();
    await control(id, { deviceCount: 10_000 });
    const page = await list(id, 'status=accepted&page=100&per_page=100&sort_by=name&order_by=asc');
    expect(page.total).toBe('10000');
    expect(page.items[0]?.name).toBe('device-09901');
    expect((await list(id, 'per_page=101')).status).toBe(400);
    const rejected = await control(id, { deviceCount: 10_001 });
    expect(JSON.stringify(rejected)).toContain('deviceCount');
  });
});

describe('device actions', () => {
  it('accepts, rejects, renames, tags and removes a device', async () => {
    const id = newInstance();
    const [pending] = (await list(id, 'status=pending&sort_by=name&order_by=asc')).items;
    const uid = pending?.uid ?? '';
    expect((await api(id, 'PATCH', `/api/devices/${uid}/accept`)).status).toBe(200);
    expect(
      (await api(id, 'GET', `/api/devices/${uid}`).then((r) => r.json())) as DeviceItem,
    ).toMatchObject({ status: 'accepted' });
    expect((await api(id, 'PATCH', `/api/devices/${uid}/reject`)).status).toBe(200);
    expect((await api(id, 'PATCH', `/api/devices/${uid}/sideways`)).status).toBe(400);

    expect((await api(id, 'PUT', `/api/devices/${uid}`, { name: 'bad name!' })).status).toBe(400);
    expect((await api(id, 'PUT', `/api/devices/${uid}`, { name: 'edge-oslo-01' })).status).toBe(
      409,
    );
    expect((await api(id, 'PUT', `/api/devices/${uid}`, { name: 'sensor-hall' })).status).toBe(200);

    expect((await api(id, 'POST', `/api/devices/${uid}/tags`, { tag: 'hall' })).status).toBe(200);
    expect((await api(id, 'POST', `/api/devices/${uid}/tags`, { tag: 'x' })).status).toBe(400);
    expect(
      (await api(id, 'PUT', `/api/devices/${uid}/tags`, { tags: ['a1b', 'c2d'] })).status,
    ).toBe(200);
    expect((await api(id, 'DELETE', `/api/devices/${uid}/tags/a1b`)).status).toBe(204);
    const device = (await (await api(id, 'GET', `/api/devices/${uid}`)).json()) as DeviceItem;
    expect(device).toMatchObject({ name: 'sensor-hall', status: 'rejected', tags: ['c2d'] });

    expect((await api(id, 'DELETE', `/api/devices/${uid}`)).status).toBe(200);
    expect((await api(id, 'GET', `/api/devices/${uid}`)).status).toBe(404);
    const snapshot = await control(id);
    expect(snapshot.rejectedForValidation).toBe(3);
  });

  it('lists, renames and deletes tags across devices', async () => {
    const id = newInstance();
    const tags = (await (await api(id, 'GET', '/api/tags')).json()) as string[];
    expect(tags).toEqual(['lab', 'lyon', 'network', 'oslo', 'production', 'staging', 'web']);
    expect((await api(id, 'PUT', '/api/tags/lab', { tag: 'testbed' })).status).toBe(200);
    expect((await api(id, 'DELETE', '/api/tags/oslo')).status).toBe(204);
    const after = (await (await api(id, 'GET', '/api/tags')).json()) as string[];
    expect(after).toContain('testbed');
    expect(after).not.toContain('oslo');
  });

  it('reports stats and serves containers like devices', async () => {
    const id = newInstance();
    const stats = (await (await api(id, 'GET', '/api/stats')).json()) as Record<string, number>;
    expect(stats).toEqual({
      registered_devices: 8,
      online_devices: 5,
      pending_devices: 2,
      rejected_devices: 2,
      active_sessions: 1,
    });
    const containers = await api(id, 'GET', '/api/containers?per_page=10');
    expect(containers.headers.get('X-Total-Count')).toBe('3');
  });
});
