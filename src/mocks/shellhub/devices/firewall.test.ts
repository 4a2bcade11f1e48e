// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { api, control, newInstance } from './test-helpers.ts';

interface RuleItem {
  id: string;
  priority: number;
  filter: { hostname?: string; tags?: string[] };
}

const rule = {
  action: 'allow',
  active: true,
  priority: 0,
  source_ip: '^192\\.168\\.',
  username: '.*',
  filter: { tags: ['lab'] },
};

describe('firewall rules', () => {
  it('lists by priority and creates, edits and deletes a rule', async () => {
    const id = newInstance();
    const created = (await (await api(id, 'POST', '/api/firewall/rules', rule)).json()) as RuleItem;
    const listed = (await (await api(id, 'GET', '/api/firewall/rules')).json()) as RuleItem[];
    expect(listed.map((one) => one.priority)).toEqual([0, 1, 2, 3]);
    expect(listed[0]?.id).toBe(created.id);
    const put = await api(id, 'PUT', `/api/firewall/rules/${created.id}`, {
      ...rule,
      priority: 7,
      filter: { hostname: '^edge-' },
    });
    expect(((await put.json()) as RuleItem).filter).toEqual({ hostname: '^edge-' });
    expect((await api(id, 'DELETE', `/api/firewall/rules/${created.id}`)).status).toBe(200);
    expect((await api(id, 'GET', `/api/firewall/rules/${created.id}`)).status).toBe(404);
  });

  it('rejects bad regular expressions, both filters, and more than three tags', async () => {
    const id = newInstance();
    const bad = await api(id, 'POST', '/api/firewall/rules', { ...rule, source_ip: '([' });
    expect(await bad.json()).toEqual({
      message: 'invalid entity',
      fields: { source_ip: 'is not a valid regular expression' },
    });
    const both = await api(id, 'POST', '/api/firewall/rules', {
      ...rule,
      filter: { hostname: '.*', tags: ['lab'] },
    });
    expect(both.status).toBe(400);
    const many = await api(id, 'POST', '/api/firewall/rules', {
      ...rule,
      filter: { tags: ['aaa', 'bbb', 'ccc', 'ddd'] },
    });
    expect(((await many.json()) as { fields: Record<string, string> }).fields).toEqual({
      'filter.tags': 'must have 1 to 3 tags',
    });
    expect((await control(id)).rejectedForValidation).toBe(3);
  });

  it('keeps the seed tag sub-routes', async () => {
    const id = newInstance();
    const [first] = (await (await api(id, 'GET', '/api/firewall/rules')).json()) as RuleItem[];
    const path = `/api/firewall/rules/${first?.id ?? ''}/tags`;
    expect((await api(id, 'POST', path, { tag: 'lyon' })).status).toBe(200);
    expect((await api(id, 'DELETE', path, { tag: 'production' })).status).toBe(200);
    expect((await api(id, 'PUT', path, { tags: ['oslo', 'lab'] })).status).toBe(200);
    const after = (await (
      await api(id, 'GET', `/api/firewall/rules/${first?.id ?? ''}`)
    ).json()) as RuleItem;
    expect(after.filter.tags).toEqual(['oslo', 'lab']);
  });
});
