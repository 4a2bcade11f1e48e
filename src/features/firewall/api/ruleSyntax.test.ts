import { describe, expect, it } from 'vitest';
import { checkImport, diffRules, parseImportText } from './importRules';
import { subtableRuleMessage } from './subtables';
import { moveRule } from './v1Mutations';
import { groupByName, v1SetLinesMessage, v1SetNameMessage } from './v1Sets';
import { fwsetEntryMessage } from './fwsets';
import { ruleFieldOf, v1RuleFormSchema, v2RuleFormSchema } from './ruleForms';
import { isCidr, isPortSpec, positionMessage, v1RuleMessage, v2RuleMessage } from './ruleSyntax';

const variables = new Map([['vns3_overlay_subnet', '100.64.0.0/19']]);

describe('rule syntax', () => {
  it('accepts the documented example rules', () => {
    expect(v1RuleMessage('MACRO_CUST -o eth0 -s 10.199.2.0/24 -j MASQUERADE')).toBeNull();
    expect(v1RuleMessage('PREROUTING_CUST -s 10.0.2.0/24 -j PRE_C_MYGROUP')).toBeNull();
    expect(
      v2RuleMessage(
        'POSTROUTING -s ${vns3_overlay_subnet} -o eth0 ! -d ${vns3_overlay_subnet} -j MASQUERADE-ONCE',
        variables,
      ),
    ).toBeNull();
  });

  it('explains chains, tables, targets, CIDRs, ports and variables', () => {
    expect(v1RuleMessage('')).toBe('Enter a rule');
    expect(v1RuleMessage('FORWARD -j ACCEPT')).toMatch(/^Start with a chain/);
    expect(v2RuleMessage('FORWARD_CUST -j ACCEPT', variables)).toMatch(/^Start with a chain/);
    expect(v2RuleMessage('FORWARD -t bogus -j ACCEPT', variables)).toMatch(/Unknown table bogus/);
    expect(v2RuleMessage('FORWARD -s 10.199.2.0. -j ACCEPT', variables)).toBe(
      '-s needs an IPv4 address or CIDR, not 10.199.2.0.',
    );
    expect(v2RuleMessage('FORWARD -p tcp --dport 65536 -j ACCEPT', variables)).toMatch(
      /port 1–65535/,
    );
    expect(v2RuleMessage('FORWARD -s 10.0.0.0/8', variables)).toMatch(/-j/);
    expect(v2RuleMessage('FORWARD -s ${nope} -j ACCEPT', variables)).toBe(
      '${nope} is not a defined variable',
    );
  });

  it('checks CIDRs, ports and positions', () => {
    expect(isCidr('192.168.1.0/24')).toBe(true);
    expect(isCidr('192.168.1.0/33')).toBe(false);
    expect(isCidr('300.1.1.1')).toBe(false);
    expect(isPortSpec('65535')).toBe(true);
    expect(isPortSpec('2:1')).toBe(false);
    expect(positionMessage('', 3)).toBeNull();
    expect(positionMessage('-1', 3)).toBeNull();
    expect(positionMessage('3', 3)).toBeNull();
    expect(positionMessage('4', 3)).toBe('Enter a position from 0 to 3, or -1 to append');
    expect(positionMessage('-2', 3)).not.toBeNull();
    expect(positionMessage('1.5', 3)).toBe('Enter a whole number, or leave empty to append');
  });

  it('checks fwset entries by type', () => {
    expect(fwsetEntryMessage('net', '10.0.0.0/8')).toBeNull();
    expect(fwsetEntryMessage('net', '10.0.0/8')).not.toBeNull();
    expect(fwsetEntryMessage('port', '8000:8080')).toBeNull();
    expect(fwsetEntryMessage('port', '0')).not.toBeNull();
    expect(fwsetEntryMessage('service', 'tcp:443')).toBeNull();
    expect(fwsetEntryMessage('service', 'icmp:1')).not.toBeNull();
    expect(fwsetEntryMessage('list', 'anything')).toBeNull();
  });
});

describe('rule forms', () => {
  it('puts each message on its field', () => {
    const v1 = v1RuleFormSchema(2).safeParse({ rule: 'FORWARD_CUST -j', position: '9' });
    expect(v1.success).toBe(false);
    expect(v1.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['rule', 'Add a target with -j, e.g. -j ACCEPT'],
      ['position', 'Enter a position from 0 to 2, or -1 to append'],
    ]);
    const v2 = v2RuleFormSchema(variables, 0).safeParse({
      rule: 'INPUT -j ACCEPT',
      comment: '',
      position: '',
      groups: ['bad name'],
      disabled: false,
    });
    expect(v2.error?.issues[0]?.path).toEqual(['groups', 0]);
  });

  it('maps controller messages to fields', () => {
    expect(ruleFieldOf("Parse Error - iptables v1.4.21: host/network `x' not found")).toBe('rule');
    expect(ruleFieldOf('position must be -1 or an integer from 0 to 3')).toBe('position');
    expect(ruleFieldOf('Invalid group name: a b')).toBe('groups');
    expect(ruleFieldOf('Something else')).toBeNull();
  });
});

describe('import', () => {
  it('parses plain text with groups and comments, and JSON exports', () => {
    expect(
      parseImportText('# exported\nINPUT -j DROP # [Lab,Ops] keep out\n\nOUTPUT -j ACCEPT'),
    ).toEqual({
      rules: [
        { rule: 'INPUT -j DROP', comment: 'keep out', groups: ['Lab', 'Ops'] },
        { rule: 'OUTPUT -j ACCEPT', comment: '', groups: [] },
      ],
      problems: [],
    });
    expect(parseImportText('[{"rule":"INPUT -j DROP","disabled":true},{"x":1}]')).toEqual({
      rules: [{ rule: 'INPUT -j DROP', comment: '', groups: [], disabled: true }],
      problems: [{ at: 2, message: 'Each item needs a "rule" string' }],
    });
    expect(parseImportText('[oops').problems).toEqual([{ at: 1, message: 'Not valid JSON' }]);
  });

  it('names the line of each bad rule', () => {
    const checked = checkImport('INPUT -j DROP\n\n# note\nINPUT -s 10.0.0.0/99 -j DROP', variables);
    expect(checked.problems).toEqual([
      { at: 4, message: '-s needs an IPv4 address or CIDR, not 10.0.0.0/99' },
    ]);
  });

  it('diffs rule lists as multisets', () => {
    expect(diffRules(['A', 'B', 'B', 'C'], ['B', 'D', 'A'])).toEqual({
      added: ['D'],
      removed: ['B', 'C'],
      unchanged: ['B', 'A'],
    });
  });
});

describe('moveRule', () => {
  it('moves a rule up or down', () => {
    expect(moveRule(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveRule(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });
});

describe('subtable rules', () => {
  it('are checked as rules of the main table', () => {
    expect(subtableRuleMessage('input', '-p tcp --dport 22 -j ACCEPT', variables)).toBeNull();
    expect(subtableRuleMessage('input', '-s 10.0.0.0/99 -j ACCEPT', variables)).toBe(
      '-s needs an IPv4 address or CIDR, not 10.0.0.0/99',
    );
    expect(subtableRuleMessage('input', '-p tcp', variables)).toBe(
      'Add a target with -j, e.g. -j ACCEPT',
    );
    expect(subtableRuleMessage('input', ' ', variables)).toBe('Enter a rule');
  });
});

describe('v1 subgroups and fwsets', () => {
  it('check names and name-prefixed lines', () => {
    expect(v1SetNameMessage('subgroup', 'FWD_C_LAB')).toBeNull();
    expect(v1SetNameMessage('subgroup', 'FWD_LAB')).toMatch(/^Start with PRE_C_/);
    expect(v1SetNameMessage('fwset', 'NETS_lab')).toMatch(/^Start with NETS_/);
    expect(v1SetLinesMessage('subgroup', 'FWD_C_LAB', 'FWD_C_LAB -j ACCEPT\nFWD_C_X -j DROP')).toBe(
      'Line 2: Each line must begin with FWD_C_LAB',
    );
    expect(v1SetLinesMessage('fwset', 'NETS_LAB', 'NETS_LAB 10.0.0.0/40')).toBe(
      'Line 1: 10.0.0.0/40 is not an IPv4 address or CIDR',
    );
    expect(v1SetLinesMessage('fwset', 'PORTS_WEB', 'PORTS_WEB 443')).toBeNull();
    expect(groupByName(['A 1', 'B 2', 'A 3'])).toEqual([
      { name: 'A', lines: ['A 1', 'A 3'] },
      { name: 'B', lines: ['B 2'] },
    ]);
  });
});
