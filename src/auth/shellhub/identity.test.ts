import { describe, expect, it } from 'vitest';
import { decodeJwt, jwtExpiresAt } from '@/api/shellhub/userAuth';
import { credentialSchema } from '../credentials';
import { credentialFromAuth } from './credential';
import { identityOf, roleAtLeast } from './identity';
import { parseResetLink } from './passwordRules';

const claims = { id: 'u1', tenant: 't-claims', name: 'demo', exp: 1_900_000_000 };
const jwt = `h.${btoa(JSON.stringify(claims)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.s`;

describe('ShellHub JWT decoding', () => {
  it('reads the claims and exp without checking the signature', () => {
    expect(decodeJwt(jwt)).toEqual(claims);
    expect(jwtExpiresAt(jwt)).toBe(1_900_000_000_000);
    expect(decodeJwt('garbage')).toBeNull();
    expect(jwtExpiresAt('a.!!!.c')).toBeNull();
  });
});

describe('ShellHub credentials and identity', () => {
  it('builds a session credential from userAuth and keeps only known roles', () => {
    const base = { token: jwt, id: 'u1', user: 'demo', name: 'D', email: 'd@x.io', mfa: false };
    const credential = credentialFromAuth({ ...base, tenant: 't1', role: 'administrator' });
    expect(credential).toEqual({
      kind: 'shellhub',
      jwt,
      tenant: 't1',
      username: 'demo',
      role: 'administrator',
    });
    expect(credentialSchema.safeParse(credential).success).toBe(true);
    expect(credentialFromAuth({ ...base, tenant: '', role: '' })).not.toHaveProperty('role');
  });

  it('gives tenant, role and username for JWT and API-key sessions, null without a role', () => {
    expect(identityOf({ kind: 'shellhub', jwt, role: 'observer' })).toEqual({
      tenant: 't-claims',
      role: 'observer',
      username: 'demo',
    });
    expect(identityOf({ kind: 'shellhub', jwt })).toBeNull();
    expect(identityOf({ kind: 'shellhub', apiKey: 'k', tenant: 't2', role: 'operator' })).toEqual({
      tenant: 't2',
      role: 'operator',
      username: 'API key',
    });
    expect(identityOf({ kind: 'evon', token: 'x' })).toBeNull();
    expect(identityOf(undefined)).toBeNull();
  });

  it('rejects an API-key credential without tenant or with an unknown role', () => {
    expect(
      credentialSchema.safeParse({ kind: 'shellhub', apiKey: 'k', role: 'owner' }).success,
    ).toBe(false);
    expect(
      credentialSchema.safeParse({ kind: 'shellhub', apiKey: 'k', tenant: 't', role: 'root' })
        .success,
    ).toBe(false);
  });
});

describe('parseResetLink', () => {
  it('takes the id and token of the e-mailed link', () => {
    expect(parseResetLink(' https://hub.example/update-password?id=u1&token=t1 ')).toEqual({
      uid: 'u1',
      token: 't1',
    });
    expect(parseResetLink('https://hub.example/update-password?id=u1')).toBeNull();
    expect(parseResetLink('not a link')).toBeNull();
  });
});

describe('roleAtLeast (nav visibility)', () => {
  const withRole = (role: 'observer' | 'operator' | 'administrator' | 'owner') =>
    ({ credential: { kind: 'shellhub', jwt, tenant: 't1', username: 'demo', role } }) as const;

  it('shows an item to the least role and above only', () => {
    const ownerOnly = roleAtLeast('owner');
    expect(ownerOnly(withRole('owner'))).toBe(true);
    expect(ownerOnly(withRole('administrator'))).toBe(false);
    expect(ownerOnly(withRole('observer'))).toBe(false);
    const admins = roleAtLeast('administrator');
    expect(admins(withRole('administrator'))).toBe(true);
    expect(admins(withRole('operator'))).toBe(false);
  });

  it('applies to API-key sessions by the key role, and shows when the role is unknown', () => {
    const apiKey = { kind: 'shellhub', apiKey: 'k', tenant: 't1', role: 'operator' } as const;
    expect(roleAtLeast('administrator')({ credential: apiKey })).toBe(false);
    expect(roleAtLeast('owner')({ credential: { kind: 'shellhub', jwt } })).toBe(true);
    expect(roleAtLeast('owner')({ credential: { kind: 'vns3', password: 'p' } })).toBe(true);
  });
});
