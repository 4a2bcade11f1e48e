import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { editUserSchema, newUserSchema, passwordSchema, userDefaults } from './userForm';

const base = { ...userDefaults(null), username: 'carol', password: 'pw', confirm: 'pw' };

describe('user form rules', () => {
  it('accepts a valid new user', () => {
    expect(z.safeParse(newUserSchema, base).success).toBe(true);
  });

  it('explains bad usernames, emails and mismatched passwords', () => {
    const issues = (value: unknown) =>
      z.safeParse(newUserSchema, value).error?.issues.map((issue) => issue.message) ?? [];
    expect(issues({ ...base, username: 'no spaces' })).toEqual([
      'Use letters, digits and @ . + - _ only',
    ]);
    expect(issues({ ...base, username: 'x'.repeat(151) })).toEqual(['Use at most 150 characters']);
    expect(issues({ ...base, email: 'nope' })).toEqual(['Enter a valid email address']);
    expect(issues({ ...base, confirm: 'other' })).toEqual(['The passwords do not match']);
    expect(issues({ ...base, password: '', confirm: '' })).toEqual(['Enter a password']);
  });

  it('edits without a password and sets one separately', () => {
    expect(z.safeParse(editUserSchema, userDefaults(null)).success).toBe(false);
    expect(z.safeParse(editUserSchema, { ...userDefaults(null), username: 'a' }).success).toBe(
      true,
    );
    expect(z.safeParse(passwordSchema, { password: 'a', confirm: 'b' }).success).toBe(false);
  });
});
