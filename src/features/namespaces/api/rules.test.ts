import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { apiKeyFormSchema, inviteFormSchema, namespaceFormSchema } from './rules';

const ok = (schema: z.core.$ZodType, value: unknown) => z.safeParse(schema, value).success;

describe('namespace form rules (mirror the server)', () => {
  it('accepts lowercase names with inner hyphens, up to 30 characters', () => {
    for (const name of ['a', 'lab-2', 'x'.repeat(30), '0abc9']) {
      expect(ok(namespaceFormSchema, { name })).toBe(true);
    }
    for (const name of ['', 'Lab', '-lab', 'lab-', 'x'.repeat(31), 'a b', 'a.b']) {
      expect(ok(namespaceFormSchema, { name })).toBe(false);
    }
  });

  it('needs an e-mail and a role below owner to invite', () => {
    expect(ok(inviteFormSchema, { email: 'a@b.co', role: 'operator' })).toBe(true);
    expect(ok(inviteFormSchema, { email: 'a@b', role: 'operator' })).toBe(false);
    expect(ok(inviteFormSchema, { email: 'a@b.co', role: 'owner' })).toBe(false);
  });

  it('takes API key names of 3–20 [a-zA-Z0-9_-] and the documented expiries', () => {
    const key = (name: string, expires = '30') => ({ name, expires, role: 'observer' });
    for (const name of ['abc', 'CI_bot-1', 'x'.repeat(20)])
      expect(ok(apiKeyFormSchema, key(name))).toBe(true);
    for (const name of ['ab', 'x'.repeat(21), 'has space', 'dot.name']) {
      expect(ok(apiKeyFormSchema, key(name))).toBe(false);
    }
    expect(ok(apiKeyFormSchema, key('valid', '-1'))).toBe(true);
    expect(ok(apiKeyFormSchema, key('valid', '45'))).toBe(false);
  });
});
