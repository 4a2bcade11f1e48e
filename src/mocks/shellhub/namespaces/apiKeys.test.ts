// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEMO_TENANT } from '../state.ts';
import { addUser, api, demoOwner, newInstance, rejected } from './test-helpers.ts';

const KEYS = '/api/namespaces/api-key';

describe('ShellHub API keys', () => {
  it('returns the key once, lists without it, and the key authenticates', async () => {
    const id = newInstance();
    const created = await api(id, 'POST', KEYS, demoOwner, {
      name: 'ci_bot-1',
      expires_at: 30,
      role: 'operator',
    });
    expect(created.status).toBe(200);
    const body = (await created.json()) as { id: string; expires_in: number; role: string };
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.role).toBe('operator');
    expect(body.expires_in).toBeGreaterThan(Date.now() / 1000 + 29 * 86400);
    const list = await api(id, 'GET', KEYS);
    expect(list.headers.get('X-Total-Count')).toBe('1');
    const items = (await list.json()) as Record<string, unknown>[];
    expect(items[0]).toMatchObject({ name: 'ci_bot-1', tenant_id: DEMO_TENANT });
    expect(JSON.stringify(items)).not.toContain(body.id);
    const asKey = await api(id, 'GET', `/api/namespaces/${DEMO_TENANT}`, { apiKey: body.id });
    expect(asKey.status).toBe(200);
    const keyCannotInvite = await api(
      id,
      'POST',
      `/api/namespaces/${DEMO_TENANT}/members`,
      { apiKey: body.id },
      { email: 'a@b.cc', role: 'observer' },
    );
    expect(keyCannotInvite.status).toBe(403);
    const bogus = await api(id, 'GET', KEYS, { apiKey: 'not-a-key' });
    expect(bogus.status).toBe(401);
  });

  it('keeps "never" keys without an expiry and sorts by expiry', async () => {
    const id = newInstance();
    await api(id, 'POST', KEYS, demoOwner, { name: 'forever', expires_at: -1 });
    await api(id, 'POST', KEYS, demoOwner, { name: 'month', expires_at: 30 });
    const list = (await (await api(id, 'GET', `${KEYS}?order_by=asc`)).json()) as {
      name: string;
      expires_in: number;
    }[];
    expect(list.map((key) => key.name)).toEqual(['month', 'forever']);
    expect(list[1]?.expires_in).toBe(-1);
  });

  it('validates name, expiry and role, and refuses a duplicate name', async () => {
    const id = newInstance();
    const bad = [
      { name: 'ab', expires_at: 30 },
      { name: 'has space', expires_at: 30 },
      { name: 'a'.repeat(21), expires_at: 30 },
      { name: 'fine', expires_at: 45 },
      { name: 'fine', expires_at: 30, role: 'root' },
    ];
    for (const body of bad) expect((await api(id, 'POST', KEYS, demoOwner, body)).status).toBe(400);
    expect(await rejected(id)).toBe(bad.length);
    await api(id, 'POST', KEYS, demoOwner, { name: 'dup', expires_at: 30 });
    expect((await api(id, 'POST', KEYS, demoOwner, { name: 'dup', expires_at: 60 })).status).toBe(
      409,
    );
  });

  it('renames and changes the role by name, then deletes', async () => {
    const id = newInstance();
    await api(id, 'POST', KEYS, demoOwner, { name: 'old', expires_at: 90 });
    const patch = await api(id, 'PATCH', `${KEYS}/old`, demoOwner, {
      name: 'new',
      role: 'observer',
    });
    expect(patch.status).toBe(200);
    const list = (await (await api(id, 'GET', KEYS)).json()) as { name: string; role: string }[];
    expect(list).toEqual([expect.objectContaining({ name: 'new', role: 'observer' })]);
    expect((await api(id, 'DELETE', `${KEYS}/old`)).status).toBe(404);
    expect((await api(id, 'DELETE', `${KEYS}/new`)).status).toBe(200);
  });

  it('refuses operators, and roles above the caller', async () => {
    const id = newInstance();
    const operator = await addUser(id, { username: 'otto', role: 'operator' });
    const admin = await addUser(id, { username: 'ada', role: 'administrator' });
    expect((await api(id, 'GET', KEYS, operator)).status).toBe(403);
    const tooHigh = await api(id, 'POST', KEYS, admin, {
      name: 'mine',
      expires_at: 30,
      role: 'owner',
    });
    expect(await tooHigh.json()).toMatchObject({ fields: { role: expect.any(String) } });
  });
});
