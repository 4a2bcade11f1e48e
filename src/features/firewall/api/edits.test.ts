import { describe, expect, it } from 'vitest';
import { commentedLinesMessage, formatCommentedLines, parseCommentedLines } from './commentedLines';
import { fwsetEntryMessage } from './fwsets';
import { renameSchema } from './groups';
import { deleteByTextSchema } from './ruleForms';
import { editVariableSchema, newVariableSchema } from './variableForms';
import { type FirewallVariable, variableNameMessage } from './variables';

describe('commented lines', () => {
  it('splits `value # comment`, skipping blank lines, and formats them back', () => {
    const lines = parseCommentedLines('10.0.0.0/8 # Lab\n\n  192.168.1.0/24  \nx#y');
    expect(lines).toEqual([
      { value: '10.0.0.0/8', comment: 'Lab' },
      { value: '192.168.1.0/24', comment: '' },
      { value: 'x#y', comment: '' },
    ]);
    expect(formatCommentedLines(lines)).toBe('10.0.0.0/8 # Lab\n192.168.1.0/24\nx#y');
  });

  it('names the first bad or repeated line', () => {
    const check = (value: string) => fwsetEntryMessage('net', value);
    expect(commentedLinesMessage('10.0.0.0/8\n10.0.0.0/40 # bad', check)).toBe(
      'Line 2: Enter an IPv4 address or CIDR, e.g. 10.0.0.0/24',
    );
    expect(commentedLinesMessage('10.0.0.0/8\n10.0.0.0/8 # again', check)).toBe(
      'Line 2: 10.0.0.0/8 is listed twice',
    );
    expect(commentedLinesMessage('10.0.0.0/8 # ok', check)).toBeNull();
    expect(commentedLinesMessage('', check)).toBeNull();
  });
});

describe('variables', () => {
  const taken: FirewallVariable[] = [
    { name: 'lab_net', value: '10.0.0.0/8', description: '', collection: 'custom' },
  ];
  const collections = [
    { name: 'system', prefix: 'vns3_' },
    { name: 'custom', prefix: '' },
  ];

  it('accepts letters, digits and _ only, and not another collection’s prefix or a taken name', () => {
    expect(variableNameMessage('office_net2', taken, collections)).toBeNull();
    expect(variableNameMessage('', taken, collections)).toBe('Enter a name');
    expect(variableNameMessage('office-net', taken, collections)).toBe(
      'Use only letters, digits and _',
    );
    expect(variableNameMessage('a'.repeat(65), taken, collections)).toBe('At most 64 characters');
    expect(variableNameMessage('vns3_mine', taken, collections)).toBe(
      'Names starting with vns3_ belong to system',
    );
    expect(variableNameMessage('lab_net', taken, collections)).toBe('lab_net already exists');
  });

  it('requires a value of at most 255 characters', () => {
    const schema = newVariableSchema(taken, collections);
    expect(schema.safeParse({ name: ' office ', value: 'x', description: '' }).data?.name).toBe(
      'office',
    );
    expect(schema.safeParse({ name: 'office', value: '', description: '' }).success).toBe(false);
    expect(editVariableSchema.safeParse({ value: 'x'.repeat(256), description: '' }).success).toBe(
      false,
    );
    expect(editVariableSchema.safeParse({ value: 'x', description: 'd' }).success).toBe(true);
  });
});

describe('v1 delete by text', () => {
  it('accepts only the exact text of an existing rule', () => {
    const schema = deleteByTextSchema(['FORWARD_CUST -j ACCEPT']);
    expect(schema.safeParse({ rule: 'FORWARD_CUST -j ACCEPT' }).success).toBe(true);
    const spaced = schema.safeParse({ rule: 'FORWARD_CUST -j ACCEPT ' });
    expect(spaced.error?.issues[0]?.message).toBe('No rule has exactly this text');
    expect(schema.safeParse({ rule: '' }).error?.issues[0]?.message).toBe(
      'Enter the text of a rule',
    );
  });
});

describe('renames', () => {
  it('refuses another existing name and invalid characters', () => {
    const schema = renameSchema(['BlockVPN2VPN']);
    expect(schema.safeParse('Internet').success).toBe(true);
    expect(schema.safeParse('BlockVPN2VPN').error?.issues[0]?.message).toBe(
      'BlockVPN2VPN already exists',
    );
    expect(schema.safeParse('a b').error?.issues[0]?.message).toBe('Use letters, digits, _ or -');
  });
});
