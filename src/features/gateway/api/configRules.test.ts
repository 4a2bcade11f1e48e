import { describe, expect, it } from 'vitest';
import { configFormSchema, toConfigBody, toConfigForm } from './configRules';

const file = { name: 'a.conf', value: 'x=1', unencrypted: false, onChanged: '' };

describe('config form rules', () => {
  it('accepts a reason with the allowed punctuation', () => {
    const result = configFormSchema('group').safeParse({
      files: [file],
      reason: `Roll back: see ticket 12, "quick" fix; it's ok.`,
    });
    expect(result.success).toBe(true);
  });

  it.each([
    ['a reason with <', { files: [], reason: 'a < b' }],
    ['a reason of 201 characters', { files: [], reason: 'a'.repeat(201) }],
    ['two files of the same name', { files: [file, file], reason: '' }],
    ['a file name with a slash', { files: [{ ...file, name: 'a/b' }], reason: '' }],
  ])('rejects %s', (_label, values) => {
    expect(configFormSchema('device').safeParse(values).success).toBe(false);
  });

  it('refuses the fioctl file at factory level only', () => {
    const values = { files: [{ ...file, name: 'z-50-fioctl.toml' }], reason: '' };
    const factory = configFormSchema('factory').safeParse(values);
    expect(factory.success).toBe(false);
    expect(factory.error?.issues[0]?.path).toEqual(['files', 0, 'name']);
    expect(configFormSchema('group').safeParse(values).success).toBe(true);
  });

  it('round-trips files, sending only the fields the server knows', () => {
    const form = toConfigForm({
      Files: { b: { Value: 'v', Unencrypted: true, OnChanged: ['/usr/bin/reload', 'now'] } },
      Reason: 'old',
    });
    expect(form).toEqual({
      files: [{ name: 'b', value: 'v', unencrypted: true, onChanged: '/usr/bin/reload now' }],
      reason: '',
    });
    expect(toConfigBody({ ...form, reason: 'r' })).toEqual({
      Files: { b: { Value: 'v', Unencrypted: true, OnChanged: ['/usr/bin/reload', 'now'] } },
      Reason: 'r',
    });
    expect(toConfigBody({ files: [file], reason: '' })).toEqual({
      Files: { 'a.conf': { Value: 'x=1' } },
      Reason: '',
    });
  });
});
