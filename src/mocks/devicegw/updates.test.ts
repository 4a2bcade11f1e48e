// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedUuid } from './seed.ts';
import { api, control, newInstance, tarBytes } from './test-helpers.ts';

const tar = { body: tarBytes() as BodyInit, headers: { 'Content-Type': 'application/x-tar' } };

describe('updates and rollouts', () => {
  it('lists updates grouped by tag with device counts', async () => {
    const id = newInstance();
    const all = (await (await api(id, 'GET', '/v1/updates')).json()) as Record<
      string,
      { name: string; 'device-count': number }[]
    >;
    expect(all.main?.map((update) => update.name)).toEqual(['main-41', 'main-42']);
    expect(all.main?.[1]?.['device-count']).toBeGreaterThan(0);
    expect(await (await api(id, 'GET', '/v1/updates/other')).json()).toEqual({});
    expect((await api(id, 'GET', '/v1/updates/bad%20tag')).status).toBe(404);
  });

  it('uploads an update once, and deletes it only without assigned devices', async () => {
    const id = newInstance();
    expect((await api(id, 'POST', '/v1/updates/qa/qa-1?version=7', tar)).status).toBe(201);
    expect((await api(id, 'POST', '/v1/updates/qa/qa-1', tar)).status).toBe(409);
    expect((await api(id, 'POST', '/v1/updates/qa/qa-2?version=x', tar)).status).toBe(400);
    expect((await api(id, 'POST', '/v1/updates/qa/qa-3', { body: 'nope' })).status).toBe(400);
    expect((await api(id, 'DELETE', '/v1/updates/main/main-42')).status).toBe(409);
    expect((await api(id, 'DELETE', '/v1/updates/qa/qa-1')).status).toBe(204);
    expect((await api(id, 'DELETE', '/v1/updates/qa/qa-1')).status).toBe(404);
  });

  it('creates a rollout that commits in the background and then tails its devices', async () => {
    const id = newInstance();
    await control(id, { rolloutDelayMs: 50 });
    const path = '/v1/updates/main/main-41/rollouts/beta-wave';
    const created = await api(id, 'PUT', path, { body: { groups: ['beta'] } });
    expect(created.status).toBe(202);
    expect((await api(id, 'PUT', path, { body: { groups: ['beta'] } })).status).toBe(409);
    const pending = (await (await api(id, 'GET', path)).json()) as { committed: boolean };
    expect(pending.committed).toBe(false);
    expect(await (await api(id, 'GET', `${path}/tail`)).text()).toContain(
      'Rollout was not yet committed',
    );
    await new Promise((resolve) => setTimeout(resolve, 80));
    const done = (await (await api(id, 'GET', path)).json()) as {
      committed: boolean;
      'effective-uuids': string[];
    };
    expect(done.committed).toBe(true);
    expect(done['effective-uuids']).toContain(seedUuid(1));
    expect(await (await api(id, 'GET', '/v1/updates/main/main-41/rollouts')).json()).toEqual([
      'beta-wave',
    ]);
  });

  it.each([
    ['no target', {}],
    ['effective-uuids', { uuids: ['a'], 'effective-uuids': ['a'] }],
  ])('refuses a rollout with %s', async (_label, body) => {
    const id = newInstance();
    const response = await api(id, 'PUT', '/v1/updates/main/main-41/rollouts/r1', { body });
    expect(response.status).toBe(400);
  });

  it('tails update logs as server-sent events, resuming after Last-Event-ID', async () => {
    const id = newInstance();
    const full = await (await api(id, 'GET', '/v1/updates/main/main-42/tail')).text();
    expect(full).toMatch(/event: log\nid: 0\ndata: \{/);
    const resumed = await (
      await api(id, 'GET', '/v1/updates/main/main-42/tail', { headers: { 'Last-Event-ID': '0' } })
    ).text();
    expect(resumed).not.toContain('id: 0\n');
    expect(resumed).toContain('id: 1\n');
  });

  it('serves TUF metadata of updates and root versions', async () => {
    const id = newInstance();
    const tuf = (await (await api(id, 'GET', '/v1/updates/main/main-42/tuf')).json()) as object;
    expect(Object.keys(tuf)).toEqual(['root', 'targets', 'snapshot', 'timestamp']);
    const latest = (await (await api(id, 'GET', '/v1/tuf/root.json')).json()) as {
      signed: { version: number };
    };
    expect(latest.signed.version).toBe(2);
    expect((await api(id, 'GET', '/v1/tuf/1.root.json')).status).toBe(200);
    expect((await api(id, 'GET', '/v1/tuf/9.root.json')).status).toBe(404);
  });
});
