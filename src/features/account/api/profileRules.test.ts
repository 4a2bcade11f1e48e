import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { shellHubPasswordSchema } from '@/auth/shellhub/passwordRules';
import { profileSchema } from './profileRules';

const valid = {
  name: 'Demo',
  username: 'demo.user@x',
  email: 'demo@example.com',
  recovery_email: '',
};

function issues(values: Record<string, string>) {
  const result = z.safeParse(profileSchema, values);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('profile rules (ShellHub 0.17.1)', () => {
  it('accepts a valid profile, with or without a recovery e-mail', () => {
    expect(issues(valid)).toEqual({});
    expect(issues({ ...valid, recovery_email: 'backup@example.net' })).toEqual({});
  });

  it('applies the username pattern ^[a-zA-Z0-9-_.@]{3,30}$', () => {
    expect(issues({ ...valid, username: 'ab' })).toHaveProperty('username');
    expect(issues({ ...valid, username: 'a'.repeat(31) })).toHaveProperty('username');
    expect(issues({ ...valid, username: 'has space' })).toHaveProperty('username');
    expect(issues({ ...valid, username: 'Ok_user-1.2@3' })).toEqual({});
  });

  it('needs a name, e-mail shapes, and a recovery e-mail unlike the e-mail', () => {
    expect(issues({ ...valid, name: '  ' })).toEqual({ name: 'Enter your name' });
    expect(issues({ ...valid, email: 'nope' })).toHaveProperty('email');
    expect(issues({ ...valid, recovery_email: 'DEMO@example.com' })).toEqual({
      recovery_email: 'Use an address other than your e-mail',
    });
  });

  it('limits passwords to 5–30 characters', () => {
    expect(z.safeParse(shellHubPasswordSchema, 'abcd').success).toBe(false);
    expect(z.safeParse(shellHubPasswordSchema, 'abcde').success).toBe(true);
    expect(z.safeParse(shellHubPasswordSchema, 'a'.repeat(30)).success).toBe(true);
    expect(z.safeParse(shellHubPasswordSchema, 'a'.repeat(31)).success).toBe(false);
  });
});
