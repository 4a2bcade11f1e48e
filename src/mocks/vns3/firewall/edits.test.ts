// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { newVns3Instance, vns3Call, vns3Control } from './testApi.ts';

async function fresh() {
  const id = newVns3Instance('fwedit');
  await vns3Control(id, { reset: true });
  return id;
}

describe('v2 rule groups', () => {
  it('renames a group (the name is its URI) and keeps its rules', async () => {
    const id = await fresh();
    const renamed = await vns3Call(id, 'PUT', '/v2/firewall/rule-groups/VPN2Internet', {
      name: 'Internet',
      description: 'Out to the internet',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.response).toMatchObject({
      name: 'Internet',
      description: 'Out to the internet',
      size: 2,
    });
    expect((await vns3Call(id, 'GET', '/v2/firewall/rule-groups/VPN2Internet')).status).toBe(404);
    const rules = await vns3Call(id, 'GET', '/v2/firewall/rules?groups=Internet');
    expect(rules.body.response).toHaveLength(2);
    const taken = await vns3Call(id, 'PUT', '/v2/firewall/rule-groups/Internet', {
      name: 'BlockVPN2VPN',
    });
    expect(taken.status).toBe(400);
    expect(taken.body.error.message).toBe('Group with name BlockVPN2VPN already exists');
    const bad = await vns3Call(id, 'PUT', '/v2/firewall/rule-groups/Internet', { name: 'a b' });
    expect(bad.status).toBe(400);
    expect((await vns3Control(id)).rejectedForValidation).toBe(2);
  });

  it('replaces members with rule_ids and adds one rule by rule_id', async () => {
    const id = await fresh();
    const all = (await vns3Call(id, 'GET', '/v2/firewall/rules')).body.response;
    const last = all.at(-1).id as string;
    const added = await vns3Call(id, 'POST', '/v2/firewall/rule-groups/BlockVPN2VPN/rules', {
      rule_id: last,
    });
    expect(added.status).toBe(201);
    expect(added.body.response.rules).toContain(last);
    expect(added.body.response.size).toBe(2);
    const again = await vns3Call(id, 'POST', '/v2/firewall/rule-groups/BlockVPN2VPN/rules', {
      rule_id: last,
    });
    expect(again.status).toBe(200);
    expect(again.body.response.size).toBe(2);
    const missing = await vns3Call(id, 'POST', '/v2/firewall/rule-groups/BlockVPN2VPN/rules', {
      rule_id: 'nope',
    });
    expect(missing.status).toBe(404);
    expect(
      (await vns3Call(id, 'POST', '/v2/firewall/rule-groups/BlockVPN2VPN/rules', {})).status,
    ).toBe(400);
    const replaced = await vns3Call(id, 'PUT', '/v2/firewall/rule-groups/BlockVPN2VPN', {
      rule_ids: [last],
    });
    expect(replaced.body.response).toMatchObject({ rules: [last], size: 1 });
    expect(
      (await vns3Call(id, 'PUT', '/v2/firewall/rule-groups/Nope', { description: '' })).status,
    ).toBe(404);
  });
});

describe('v2 fwsets and subtables', () => {
  it('renames a fwset and replaces its entries, checked by its type', async () => {
    const id = await fresh();
    const updated = await vns3Call(id, 'PUT', '/v2/firewall/fwsets/NETS_OFFICES', {
      name: 'NETS_SITES',
      description: 'Sites',
      entries: [{ entry: '10.1.0.0/16', comment: 'Plant' }, '192.168.10.0/24'],
    });
    expect(updated.status).toBe(200);
    expect(updated.body.response).toMatchObject({
      name: 'NETS_SITES',
      description: 'Sites',
      size: 2,
      errors: [],
    });
    expect(
      updated.body.response.entries.map((entry: { comment: string }) => entry.comment),
    ).toEqual(['Plant', '']);
    expect((await vns3Call(id, 'GET', '/v2/firewall/fwsets/NETS_OFFICES')).status).toBe(404);
    const bad = await vns3Call(id, 'PUT', '/v2/firewall/fwsets/NETS_SITES', {
      entries: ['10.0.0.0/40'],
    });
    expect(bad.body.error.message).toBe('Invalid network entry: 10.0.0.0/40');
    const repeated = await vns3Call(id, 'PUT', '/v2/firewall/fwsets/NETS_SITES', {
      entries: ['10.0.0.0/8', '10.0.0.0/8'],
    });
    expect(repeated.status).toBe(400);
    const unchanged = await vns3Call(id, 'GET', '/v2/firewall/fwsets/NETS_SITES');
    expect(unchanged.body.response.size).toBe(2);
  });

  it('reads one subtable and replaces its description and rules in position order', async () => {
    const id = await fresh();
    const read = await vns3Call(id, 'GET', '/v2/firewall/subtables/ADMIN_IN');
    expect(read.body.response).toMatchObject({ name: 'ADMIN_IN', type: 'input', size: 1 });
    expect((await vns3Call(id, 'GET', '/v2/firewall/subtables/NOPE')).status).toBe(404);
    const updated = await vns3Call(id, 'PUT', '/v2/firewall/subtables/ADMIN_IN', {
      description: 'Admin',
      rules: [
        { rule: '-j DROP', position: 1 },
        { rule: '-p tcp --dport 443 -j ACCEPT', position: 0, comment: 'UI' },
      ],
    });
    expect(updated.status).toBe(200);
    expect(updated.body.response.description).toBe('Admin');
    expect(updated.body.response.rules.map((rule: { rule: string }) => rule.rule)).toEqual([
      '-p tcp --dport 443 -j ACCEPT',
      '-j DROP',
    ]);
    const noPosition = await vns3Call(id, 'PUT', '/v2/firewall/subtables/ADMIN_IN', {
      rules: [{ rule: '-j DROP' }],
    });
    expect(noPosition.body.error.message).toBe('Each rule needs rule and position');
    const badRule = await vns3Call(id, 'PUT', '/v2/firewall/subtables/ADMIN_IN', {
      rules: [{ rule: '-s 10.0.0.0/99 -j DROP', position: 0 }],
    });
    expect(badRule.status).toBe(400);
    expect((await vns3Call(id, 'GET', '/v2/firewall/subtables/ADMIN_IN')).body.response.size).toBe(
      2,
    );
  });

  it('inserts a subtable rule at a position', async () => {
    const id = await fresh();
    const added = await vns3Call(id, 'POST', '/v2/firewall/subtables/ADMIN_IN/rules', {
      rule: '-j DROP',
      position: 0,
    });
    expect(added.status).toBe(201);
    expect(added.body.response.rules[0].rule).toBe('-j DROP');
    const far = await vns3Call(id, 'POST', '/v2/firewall/subtables/ADMIN_IN/rules', {
      rule: '-j DROP',
      position: 9,
    });
    expect(far.status).toBe(400);
  });
});

describe('variables', () => {
  it('lists collections, filtered by name', async () => {
    const id = await fresh();
    const all = await vns3Call(id, 'GET', '/system/variable-collections');
    expect(all.body.response).toEqual([
      { name: 'system', prefix: 'vns3_' },
      { name: 'custom', prefix: '' },
    ]);
    const one = await vns3Call(id, 'GET', '/system/variable-collections?collections=custom');
    expect(one.body.response).toEqual([{ name: 'custom', prefix: '' }]);
  });

  it('answers creates and deletes with every variable by collection; refuses bad names', async () => {
    const id = await fresh();
    const created = await vns3Call(id, 'POST', '/system/variables', {
      name: 'lab_net',
      value: '10.9.0.0/16',
    });
    expect(created.status).toBe(201);
    expect(created.body.response.custom).toEqual([
      { variable: 'lab_net', value: '10.9.0.0/16', description: '' },
    ]);
    expect(created.body.response.system.length).toBeGreaterThan(0);
    const badName = await vns3Call(id, 'POST', '/system/variables', {
      name: 'lab-net',
      value: 'x',
    });
    expect(badName.body.error.message).toBe(
      'Invalid name. Names can only contain alphanumeric characters and underscores.',
    );
    const reserved = await vns3Call(id, 'POST', '/system/variables', {
      name: 'vns3_mine',
      value: 'x',
    });
    expect(reserved.status).toBe(400);
    const updated = await vns3Call(id, 'PUT', '/system/variables/lab_net', { description: 'Lab' });
    expect(updated.body.response).toEqual({
      variable: 'lab_net',
      value: '10.9.0.0/16',
      description: 'Lab',
    });
    const deleted = await vns3Call(id, 'DELETE', '/system/variables/lab_net');
    expect(deleted.body.response.custom).toEqual([]);
    expect((await vns3Control(id)).rejectedForValidation).toBe(2);
  });
});

describe('v1 subgroups', () => {
  it('pairs each line with its position in its chain when verbose', async () => {
    const id = await fresh();
    const verbose = await vns3Call(id, 'GET', '/firewall/rules/subgroup?verbose=true');
    expect(verbose.body.response).toEqual([
      ['PRE_C_MYGROUP -p tcp --dport 443 -j ACCEPT', 0],
      ['PRE_C_MYGROUP -j DROP', 1],
    ]);
    const reloaded = await vns3Call(id, 'PUT', '/firewall/rules/subgroup', { reinitialize: true });
    expect(reloaded.status).toBe(200);
    const deleted = await vns3Call(id, 'DELETE', '/firewall/rules/subgroup', {
      name: 'PRE_C_MYGROUP',
    });
    expect(deleted.body.response).toEqual({ status: 'ok' });
  });

  it('deletes a v1 rule by its exact text and resets connection tracking', async () => {
    const id = await fresh();
    const removed = await vns3Call(id, 'DELETE', '/firewall/rules', {
      rule: 'FORWARD_CUST -s 10.0.1.0/24 -d 10.0.2.0/24 -j ACCEPT',
    });
    expect(removed.body.response.status).toBe('submitted');
    expect((await vns3Call(id, 'GET', '/firewall/rules')).body.response).toHaveLength(3);
    const missing = await vns3Call(id, 'DELETE', '/firewall/rules', { rule: 'INPUT_CUST -j DROP' });
    expect(missing.status).toBe(400);
    const reset = await vns3Call(id, 'PUT', '/firewall/actions', {
      action: 'reset_connection_tracking',
    });
    expect(reset.status).toBe(200);
    expect((await vns3Call(id, 'PUT', '/firewall/actions', { action: 'flush' })).status).toBe(400);
  });
});
