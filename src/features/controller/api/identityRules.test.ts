import { describe, expect, it } from 'vitest';
import type { IdentitySettings } from './identity';
import {
  IDENTITY_FIELDS,
  type IdentityValues,
  identityBody,
  identityDefaults,
  identityFormSchema,
  identityTestBody,
} from './identityRules';

const stored: IdentitySettings = {
  provider: 'ldap',
  enabled: true,
  host: 'ldap.example.com',
  port: 389,
  binddn: 'cn=vns3',
  bindpw: 'stored-secret',
  group_search_scope: 'subtree',
};

const values = (patch: Partial<IdentityValues> = {}): IdentityValues => ({
  ...identityDefaults(stored),
  ...patch,
});

const issues = (input: IdentityValues) => {
  const result = identityFormSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('identity form rules', () => {
  it('accepts the stored LDAP settings as they are', () => {
    expect(issues(values())).toEqual({});
  });

  it('starts an empty scope as LDAP, disabled, with nothing filled in', () => {
    expect(identityDefaults({})).toMatchObject({
      provider: 'ldap',
      enabled: false,
      host: '',
      port: '',
      bindpw: '',
    });
  });

  it.each([
    [{ host: '' }, 'host', 'Enter the LDAP server'],
    [{ host: 'bad host' }, 'host', 'Enter a host name or IPv4 address'],
    [{ port: '70000' }, 'port', 'Enter a port from 1 to 65535'],
    [{ port: '0' }, 'port', 'Enter a port from 1 to 65535'],
    [{ otp_url: 'otp.example.com' }, 'otp_url', 'Enter an http:// or https:// URL'],
    [{ provider: 'oidc' as const }, 'issuer', 'Enter the issuer URL'],
    [
      { provider: 'oidc' as const, issuer: 'https://x' },
      'identifier',
      'Enter the client identifier',
    ],
    [
      { provider: 'oidc' as const, issuer: 'ftp://x', identifier: 'a' },
      'issuer',
      'Enter an http:// or https:// URL',
    ],
    [{ provider: 'radius' as const }, 'server', 'Enter the RADIUS server'],
    [
      { provider: 'radius' as const, server: '192.0.2.1', auth_port: 'x' },
      'auth_port',
      'Enter a port from 1 to 65535',
    ],
  ])('refuses %j on %s', (patch, field, message) => {
    expect(issues(values(patch))[field]).toBe(message);
  });

  it('ignores the fields of providers that are not chosen', () => {
    expect(issues(values({ server: 'bad host', auth_port: 'x' }))).toEqual({});
  });
});

describe('identity bodies', () => {
  it('leaves an unchanged secret out, and sends a changed one', () => {
    expect(identityBody(values(), stored)).not.toHaveProperty('bindpw');
    expect(identityBody(values({ bindpw: 'new-secret' }), stored)).toMatchObject({
      bindpw: 'new-secret',
      port: 389,
      host: 'ldap.example.com',
    });
    expect(identityTestBody(values(), stored)).not.toHaveProperty('bindpw');
    expect(identityTestBody(values({ bindpw: 'x' }), stored)).toMatchObject({
      provider: 'ldap',
      bindpw: 'x',
    });
  });

  it('sends only the chosen provider fields, ports as numbers', () => {
    const body = identityBody(
      values({ provider: 'radius', server: '192.0.2.5', auth_port: '1812', pass: 'shared' }),
      stored,
    );
    expect(body).toEqual({
      provider: 'radius',
      enabled: true,
      server: '192.0.2.5',
      auth_port: 1812,
      pass: 'shared',
    });
    expect(
      Object.keys(
        identityBody(values({ provider: 'oidc', issuer: 'https://i', identifier: 'c' }), stored),
      ).sort(),
    ).toEqual(
      [
        'provider',
        'enabled',
        'issuer',
        'identifier',
        'redirect_hostname',
        'authorization_endpoint',
        'token_endpoint',
        'userinfo_endpoint',
        'jwks_uri',
      ].sort(),
    );
  });

  it('maps every wire name of the form onto its field', () => {
    expect(IDENTITY_FIELDS.bindpw).toBe('bindpw');
    expect(IDENTITY_FIELDS.group_search_scope).toBe('group_search_scope');
  });
});
