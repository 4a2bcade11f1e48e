import { describe, expect, it } from 'vitest';
import { RULES, checkField, fieldOfServerMessage, textOf } from './fieldRules';

describe('checkField', () => {
  const rule = RULES.alphanumeric(3, 14);

  it('asks for a required value and lets an optional one be empty', () => {
    expect(checkField('', rule, 'Enter it')).toBe('Enter it');
    expect(checkField('', rule, false)).toBeNull();
  });

  it('checks characters before length, as the appliance does', () => {
    expect(checkField('a-', rule, false)).toBe('Use letters and digits only');
    expect(checkField('ab', rule, false)).toBe('Use 3 to 14 characters (this has 2)');
    expect(checkField('abc', rule, false)).toBeNull();
  });
});

describe('fieldOfServerMessage', () => {
  const fields = ['interface', 'hostname', 'ip_address'] as const;

  it.each([
    ['Invalid string length for option: interface. Allowed: >= 3 and <= 14', 'interface'],
    [
      'Missing or invalid string for option: ip_address. Allowed: abcdef0123456789ABCDEF.:',
      'ip_address',
    ],
    ['Invalid option: hostname. Allowed: x', 'hostname'],
  ])('finds the field of %j', (message, field) => {
    expect(fieldOfServerMessage(message, fields)).toBe(field);
  });

  it.each(['Invalid string length for option: dns1. Allowed: >= 3', 'Bad Request', ''])(
    'finds none in %j',
    (message) => {
      expect(fieldOfServerMessage(message, fields)).toBeUndefined();
    },
  );
});

describe('textOf', () => {
  it('shows strings and numbers, and nothing for other values', () => {
    expect(textOf('eth0')).toBe('eth0');
    expect(textOf(1043)).toBe('1043');
    expect(textOf(null)).toBe('');
    expect(textOf(undefined)).toBe('');
    expect(textOf({ a: 1 })).toBe('');
  });
});
