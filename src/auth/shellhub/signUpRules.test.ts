import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { parseConfirmationLink, parseMfaResetLink, setupSchema, signUpSchema } from './signUpRules';

const valid = {
  name: 'Ned Stark',
  email: 'ned@example.com',
  username: 'ned.stark',
  password: 'winter',
  confirm: 'winter',
  email_marketing: false,
};

const problems = (values: object) => {
  const result = z.safeParse(signUpSchema, values);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('signUpSchema', () => {
  it('accepts the documented shapes', () => {
    expect(problems(valid)).toEqual({});
    expect(problems({ ...valid, username: 'a@b', password: '12345', confirm: '12345' })).toEqual(
      {},
    );
  });

  it('names each field that breaks a rule', () => {
    expect(
      problems({
        ...valid,
        name: '  ',
        email: 'ned',
        username: 'ne',
        password: 'four',
        confirm: 'four',
      }),
    ).toEqual({
      name: 'Enter your name',
      email: 'Enter an e-mail address like name@example.com',
      username: 'Use 3 to 30 letters, digits or - _ . @ (no spaces)',
      password: 'Use at least 5 characters',
    });
    expect(problems({ ...valid, username: 'has space' })).toHaveProperty('username');
    expect(problems({ ...valid, password: 'x'.repeat(31), confirm: 'x'.repeat(31) })).toEqual({
      password: 'Use at most 30 characters',
    });
    expect(problems({ ...valid, confirm: 'summer' })).toEqual({
      confirm: 'The passwords do not match',
    });
  });
});

describe('e-mailed links', () => {
  it('reads the confirmation link', () => {
    expect(
      parseConfirmationLink(
        ' http://h/api/user/validation_account?email=ned%40example.com&token=abc ',
      ),
    ).toEqual({ email: 'ned@example.com', token: 'abc' });
    expect(parseConfirmationLink('http://h/x?email=a@b.c')).toBeNull();
    expect(parseConfirmationLink('not a link')).toBeNull();
  });

  it('reads the MFA-reset link', () => {
    expect(parseMfaResetLink('http://h/reset-mfa?id=u123')).toBe('u123');
    expect(parseMfaResetLink('http://h/reset-mfa')).toBeNull();
    expect(parseMfaResetLink('u123')).toBeNull();
  });
});

describe('setupSchema', () => {
  const setup = { name: 'Admin', email: 'root@example.com', username: 'root', password: 'rootpw' };
  it('takes the seed’s 3–20 character name', () => {
    expect(z.safeParse(setupSchema, { ...setup, confirm: 'rootpw' }).success).toBe(true);
    const result = z.safeParse(setupSchema, { ...setup, name: 'Al', confirm: 'rootpw' });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      'Use at least 3 characters',
    ]);
    expect(
      z.safeParse(setupSchema, { ...setup, name: 'x'.repeat(21), confirm: 'rootpw' }).success,
    ).toBe(false);
  });
});
