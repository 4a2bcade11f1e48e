import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { connectorFormSchema } from './connectors';
import { ruleBody, ruleFormSchema } from './firewall';
import { isPublicKeyLine, publicKeyCreateSchema } from './publicKeys';
import { deviceNameSchema, tagNameSchema } from './tagRules';

const messages = (schema: z.core.$ZodType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success
    ? {}
    : Object.fromEntries(
        // The first issue of a field is the one a form shows.
        result.error.issues.reverse().map((issue) => [issue.path.join('.'), issue.message]),
      );
};

const rule = {
  action: 'allow',
  active: true,
  priority: '2',
  source_ip: '.*',
  username: '^root$',
  filterMode: 'tags',
  hostname: '',
  tags: ['lab'],
} as const;

describe('firewall rule form', () => {
  it('accepts a valid rule and builds the server body', () => {
    expect(messages(ruleFormSchema, rule)).toEqual({});
    expect(ruleBody({ ...rule, tags: ['lab'] })).toEqual({
      action: 'allow',
      active: true,
      priority: 2,
      source_ip: '.*',
      username: '^root$',
      filter: { tags: ['lab'] },
    });
  });

  it('names each bad field', () => {
    expect(
      messages(ruleFormSchema, {
        ...rule,
        priority: '-1',
        source_ip: '([',
        username: '',
        tags: ['a', 'lab', 'lab', 'oslo'],
      }),
    ).toEqual({
      priority: 'Enter a whole number, 0 or more',
      source_ip: 'Not a valid regular expression',
      username: 'Enter a regular expression for the username (.* matches any)',
      tags: 'Choose 1 to 3 tags',
    });
    expect(messages(ruleFormSchema, { ...rule, tags: ['lab', 'lab'] })).toEqual({
      tags: 'A tag can be chosen once',
    });
    expect(messages(ruleFormSchema, { ...rule, tags: [] })).toEqual({
      tags: 'Choose 1 to 3 tags',
    });
    expect(messages(ruleFormSchema, { ...rule, filterMode: 'hostname', hostname: '*x' })).toEqual({
      hostname: 'Not a valid regular expression',
    });
  });
});

describe('public key form', () => {
  const line =
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ops@example.com';

  it('recognises an OpenSSH key line', () => {
    expect(isPublicKeyLine(line)).toBe(true);
    expect(isPublicKeyLine(line.replace('ssh-ed25519', 'ssh-rsa'))).toBe(false);
    expect(isPublicKeyLine('ssh-ed25519 AAAA')).toBe(false);
    expect(isPublicKeyLine('-----BEGIN PUBLIC KEY-----')).toBe(false);
  });

  it('needs a key, a name and a username regexp', () => {
    expect(
      messages(publicKeyCreateSchema, {
        data: 'nope',
        name: ' ',
        username: '.*',
        filterMode: 'hostname',
        hostname: '.*',
        tags: [],
      }),
    ).toEqual({
      data: 'Paste one OpenSSH public key line, e.g. "ssh-ed25519 AAAA… comment"',
      name: 'Enter a name',
    });
  });
});

describe('names', () => {
  it('checks tag and device names like the server', () => {
    expect(messages(tagNameSchema, 'ok1')).toEqual({});
    expect(messages(tagNameSchema, 'no-dash')).toEqual({ '': 'Use only letters and digits' });
    expect(messages(deviceNameSchema, 'edge-01')).toEqual({});
    expect(messages(deviceNameSchema, '-edge')).toEqual({
      '': 'Use letters, digits and hyphens, not at the start or end',
    });
  });

  it('checks connector addresses and ports', () => {
    const base = { address: 'docker.lab', port: '2375', secure: false, enable: true };
    expect(messages(connectorFormSchema, base)).toEqual({});
    expect(messages(connectorFormSchema, { ...base, address: 'bad host', port: '70000' })).toEqual({
      address: 'Enter a hostname or an IPv4 address',
      port: 'Enter a port from 0 to 65535',
    });
  });
});
