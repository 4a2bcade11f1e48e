// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isCidr, isPortSpec, isV1Chain, isV2Chain, ruleError } from './ruleSyntax.ts';
import { newVns3Instance, vns3Call, vns3Control } from './testApi.ts';
import { parseImport } from './v2Rules.ts';

describe('rule syntax', () => {
  it('accepts iptables-looking rules', () => {
    expect(ruleError('MACRO_CUST -o eth0 -s 10.199.2.0/24 -j MASQUERADE', isV1Chain)).toBeNull();
    expect(ruleError('PREROUTING_CUST -s 10.0.2.0/24 -j PRE_C_MYGROUP', isV1Chain)).toBeNull();
    expect(
      ruleError('FORWARD -i eth0 ! -s 10.0.0.0/8 --dport 80:90 -j ACCEPT', isV2Chain),
    ).toBeNull();
  });

  it('rejects unknown chains, tables, missing targets, bad CIDRs and ports', () => {
    expect(ruleError('BOGUS -j ACCEPT', isV2Chain)).toMatch(/unknown chain `BOGUS'/);
    expect(ruleError('FORWARD -t weird -j ACCEPT', isV2Chain)).toMatch(/table `weird'/);
    expect(ruleError('FORWARD -s 10.0.0.0/8', isV2Chain)).toMatch(/no target/);
    expect(ruleError('FORWARD -s 10.199.2.0. -j ACCEPT', isV2Chain)).toBe(
      "Parse Error - iptables v1.4.21: host/network `10.199.2.0.' not found",
    );
    expect(ruleError('FORWARD -p tcp --dport 70000 -j ACCEPT', isV2Chain)).toMatch(/port\/service/);
    expect(ruleError('FORWARD_CUST -j ACCEPT', isV2Chain)).toMatch(/unknown chain/);
    expect(ruleError('PRE_C_ -j ACCEPT', isV1Chain)).toMatch(/unknown chain/);
  });

  it('checks CIDRs and port specs', () => {
    expect(isCidr('10.0.0.0/8')).toBe(true);
    expect(isCidr('10.0.0.1')).toBe(true);
    expect(isCidr('256.0.0.0/8')).toBe(false);
    expect(isCidr('10.0.0.0/33')).toBe(false);
    expect(isPortSpec('1')).toBe(true);
    expect(isPortSpec('1024:2048')).toBe(true);
    expect(isPortSpec('0')).toBe(false);
    expect(isPortSpec('90:80')).toBe(false);
  });

  it('parses plain-text and JSON imports', () => {
    expect(parseImport('# header\nFORWARD -j ACCEPT # [a,b] hello\n\nINPUT -j DROP\n')).toEqual([
      { rule: 'FORWARD -j ACCEPT', comment: 'hello', groups: ['a', 'b'] },
      { rule: 'INPUT -j DROP', comment: '', groups: [] },
    ]);
    expect(parseImport('[{"rule":"INPUT -j DROP","comment":"c","disabled":true}]')).toEqual([
      { rule: 'INPUT -j DROP', comment: 'c', groups: [], disabled: true },
    ]);
    expect(parseImport('{nope')).toBe('rules is not valid JSON');
  });
});

describe('firewall v1', () => {
  it('inserts at a position, deletes by position and replaces the list', async () => {
    const id = newVns3Instance('fw1');
    await vns3Control(id, { reset: true, firewallV1RuleCount: 0 });
    await vns3Call(id, 'POST', '/firewall/rules', { rule: 'FORWARD_CUST -j ACCEPT' });
    const inserted = await vns3Call(id, 'POST', '/firewall/rules', {
      rule: 'INPUT_CUST -j DROP',
      position: 0,
    });
    expect(inserted.body.response).toMatchObject({ status: 'submitted', position: 0 });
    expect(typeof inserted.body.response.token).toBe('string');
    let list = await vns3Call(id, 'GET', '/firewall/rules');
    expect(list.body.response).toEqual([
      ['INPUT_CUST -j DROP', 0],
      ['FORWARD_CUST -j ACCEPT', 1],
    ]);
    expect((await vns3Call(id, 'DELETE', '/firewall/rules/5')).body.error.message).toBe(
      'position exceeds the number of rules',
    );
    await vns3Call(id, 'DELETE', '/firewall/rules/0');
    list = await vns3Call(id, 'GET', '/firewall/rules');
    expect(list.body.response).toEqual([['FORWARD_CUST -j ACCEPT', 0]]);
    const put = await vns3Call(id, 'PUT', '/firewall', {
      rules: 'OUTPUT_CUST -j ACCEPT\nINPUT_CUST -j DROP',
    });
    expect(put.status).toBe(200);
    list = await vns3Call(id, 'GET', '/firewall/rules');
    expect(list.body.response.map((row: [string, number]) => row[0])).toEqual([
      'OUTPUT_CUST -j ACCEPT',
      'INPUT_CUST -j DROP',
    ]);
  });

  it('refuses bad rules and positions, counting them as validation rejections', async () => {
    const id = newVns3Instance('fw1');
    await vns3Control(id, { reset: true });
    const bad = await vns3Call(id, 'POST', '/firewall/rules', {
      rule: 'FORWARD_CUST -s 10.0.0.0/40 -j ACCEPT',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^Parse Error - iptables/);
    const position = await vns3Call(id, 'POST', '/firewall/rules', {
      rule: 'FORWARD_CUST -j ACCEPT',
      position: 99,
    });
    expect(position.status).toBe(400);
    expect((await vns3Control(id)).rejectedForValidation).toBe(2);
  });

  it('keeps subgroup chains and fwsets as name-prefixed lines', async () => {
    const id = newVns3Instance('fw1');
    await vns3Control(id, { reset: true });
    const created = await vns3Call(id, 'POST', '/firewall/rules/subgroup', {
      name: 'FWD_C_LAB',
      rules: 'FWD_C_LAB -s 10.1.0.0/16 -j ACCEPT\nFWD_C_LAB -j DROP',
    });
    expect(created.body.response).toEqual({
      status: 'ok',
      rules: 'FWD_C_LAB -s 10.1.0.0/16 -j ACCEPT\nFWD_C_LAB -j DROP',
    });
    const wrongName = await vns3Call(id, 'POST', '/firewall/rules/subgroup', {
      name: 'FWD_C_LAB',
      rules: 'PRE_C_OTHER -j DROP',
    });
    expect(wrongName.body.error.message).toBe('Each rule must begin with FWD_C_LAB');
    const badPrefix = await vns3Call(id, 'POST', '/firewall/fwsets', {
      name: 'HOSTS',
      rules: 'HOSTS x',
    });
    expect(badPrefix.status).toBe(400);
    const badNet = await vns3Call(id, 'POST', '/firewall/fwsets', {
      name: 'NETS_LAB',
      rules: 'NETS_LAB 10.0.0.0/40',
    });
    expect(badNet.body.error.message).toBe('Invalid network entry: 10.0.0.0/40');
    await vns3Call(id, 'DELETE', '/firewall/rules/subgroup', { name: 'FWD_C_LAB' });
    const listed = await vns3Call(id, 'GET', '/firewall/rules/subgroup');
    expect(listed.body.response).toEqual([
      'PRE_C_MYGROUP -p tcp --dport 443 -j ACCEPT',
      'PRE_C_MYGROUP -j DROP',
    ]);
    const fwsets = await vns3Call(id, 'GET', '/firewall/fwsets?name=NETS_OFFICE');
    expect(fwsets.body.response).toHaveLength(2);
    expect((await vns3Control(id)).rejectedForValidation).toBe(3);
  });

  it('answers 403 while unlicensed', async () => {
    const id = newVns3Instance('fw1');
    await vns3Control(id, { reset: true, licensed: false });
    const response = await vns3Call(id, 'GET', '/firewall/rules');
    expect(response.status).toBe(403);
    expect(response.body.error).toMatchObject({
      name: 'PrerequisiteError',
      message: 'Must be licensed first.',
    });
  });
});

describe('firewall v2', () => {
  it('creates, edits, filters and deletes rules with resolved variables', async () => {
    const id = newVns3Instance('fw2');
    await vns3Control(id, { reset: true, firewallRuleCount: 0 });
    const created = await vns3Call(id, 'POST', '/v2/firewall/rules', {
      rule: 'POSTROUTING -s ${vns3_overlay_subnet} -o eth0 -j MASQUERADE',
      comment: 'NAT',
      groups: ['Nat'],
    });
    expect(created.status).toBe(201);
    expect(created.body.response).toMatchObject({
      table: 'postrouting',
      rule_resolved: 'POSTROUTING -s 100.64.0.0/19 -o eth0 -j MASQUERADE',
      position: 0,
      groups: ['Nat'],
    });
    expect(created.body.response.id).toMatch(/^[0-9a-f]{20}$/);
    await vns3Call(id, 'POST', '/v2/firewall/rules', { rule: 'INPUT -j DROP', position: 0 });
    const ruleId = created.body.response.id as string;
    const edited = await vns3Call(id, 'PUT', `/v2/firewall/rules/${ruleId}`, { disabled: true });
    expect(edited.body.response).toMatchObject({ disabled: true, position: 1 });
    const disabled = await vns3Call(id, 'GET', '/v2/firewall/rules?state=disabled');
    expect(disabled.body.response.map((rule: { id: string }) => rule.id)).toEqual([ruleId]);
    const groups = await vns3Call(id, 'GET', '/v2/firewall/rules-groups');
    expect(groups.body.response).toContainEqual({
      name: 'Nat',
      description: '',
      rules: [ruleId],
      size: 1,
    });
    expect((await vns3Call(id, 'DELETE', `/v2/firewall/rules/${ruleId}`)).status).toBe(200);
    expect((await vns3Call(id, 'GET', '/v2/firewall/rules')).body.response).toHaveLength(1);
  });

  it('refuses unknown variables and bad rules without changing anything', async () => {
    const id = newVns3Instance('fw2');
    await vns3Control(id, { reset: true, firewallRuleCount: 3 });
    const unknown = await vns3Call(id, 'POST', '/v2/firewall/rules', {
      rule: 'FORWARD -s ${nope} -j ACCEPT',
    });
    expect(unknown.body.error.message).toBe('Unknown variable ${nope}');
    const imported = await vns3Call(id, 'PUT', '/v2/firewall/rules/import', {
      rules: 'FORWARD -j ACCEPT\nFORWARD -p tcp --dport 0 -j ACCEPT',
    });
    expect(imported.status).toBe(400);
    expect((await vns3Control(id)).firewallRuleCount).toBe(3);
  });

  it('imports at a position and exports plain text and JSON', async () => {
    const id = newVns3Instance('fw2');
    await vns3Control(id, { reset: true, firewallRuleCount: 2 });
    const imported = await vns3Call(id, 'PUT', '/v2/firewall/rules/import', {
      rules: 'INPUT -j DROP # [Lab] first\nOUTPUT -j ACCEPT',
      position: 1,
      disabled: true,
    });
    expect(imported.body.response.rules.map((rule: { position: number }) => rule.position)).toEqual(
      [1, 2],
    );
    const text = await vns3Call(id, 'GET', '/v2/firewall/rules/export?type=plaintext&group=Lab');
    expect(text.headers.get('Content-Disposition')).toContain('firewall-rules.txt');
    expect(text.body).toBe('INPUT -j DROP # [Lab] first\n');
    const json = await vns3Call(id, 'GET', '/v2/firewall/rules/export?type=json');
    expect(json.body).toHaveLength(4);
  });

  it('manages fwset entries by type', async () => {
    const id = newVns3Instance('fw2');
    await vns3Control(id, { reset: true });
    const created = await vns3Call(id, 'POST', '/v2/firewall/fwsets', {
      name: 'PORTS_WEB',
      type: 'port',
      entries: '80,443',
    });
    expect(created.body.response).toMatchObject({ size: 2, type: 'port' });
    const bad = await vns3Call(id, 'POST', '/v2/firewall/fwsets/PORTS_WEB/entries', {
      entry: '99999',
    });
    expect(bad.status).toBe(400);
    await vns3Call(id, 'POST', '/v2/firewall/fwsets/PORTS_WEB/entries', {
      entry: '8080',
      comment: 'alt',
    });
    const removed = await vns3Call(id, 'DELETE', '/v2/firewall/fwsets/PORTS_WEB/entries', {
      entry: '80',
    });
    expect(removed.body.response.entries.map((entry: { entry: string }) => entry.entry)).toEqual([
      '443',
      '8080',
    ]);
  });

  it('resolves custom variables created through /system/variables', async () => {
    const id = newVns3Instance('fw2');
    await vns3Control(id, { reset: true });
    const created = await vns3Call(id, 'POST', '/system/variables', {
      name: 'lab_net',
      value: '10.9.0.0/16',
      description: 'Lab',
    });
    expect(created.status).toBe(201);
    expect(
      (await vns3Call(id, 'POST', '/system/variables', { name: 'lab_net', value: 'x' })).status,
    ).toBe(400);
    const rule = await vns3Call(id, 'POST', '/v2/firewall/rules', {
      rule: 'FORWARD -s ${lab_net} -j ACCEPT',
    });
    expect(rule.body.response.rule_resolved).toBe('FORWARD -s 10.9.0.0/16 -j ACCEPT');
    await vns3Call(id, 'PUT', '/system/variables/lab_net', { value: '10.8.0.0/16' });
    const listed = await vns3Call(id, 'GET', '/v2/firewall/rules');
    expect(listed.body.response.at(-1).rule_resolved).toBe('FORWARD -s 10.8.0.0/16 -j ACCEPT');
    const variables = await vns3Call(id, 'GET', '/system/variables');
    expect(variables.body.response.custom).toEqual([
      { variable: 'lab_net', value: '10.8.0.0/16', description: 'Lab' },
    ]);
    expect((await vns3Call(id, 'DELETE', '/system/variables/lab_net')).status).toBe(200);
    expect((await vns3Call(id, 'DELETE', '/system/variables/vns3_private_ip')).status).toBe(404);
  });

  it('generates up to 10,000 rules through the control API', async () => {
    const id = newVns3Instance('fw2');
    await vns3Control(id, { reset: true, firewallRuleCount: 10_000 });
    const list = await vns3Call(id, 'GET', '/v2/firewall/rules');
    expect(list.body.response).toHaveLength(10_000);
    expect(list.body.response[9_999].position).toBe(9_999);
    const tooMany = await handleTooMany(id);
    expect(tooMany.error).toMatch(/firewallRuleCount/);
  });
});

async function handleTooMany(id: string) {
  return (await vns3Control(id, { firewallRuleCount: 10_001 })) as { error?: string };
}
