import { describe, expect, it } from 'vitest';
import { matchesSearch, nextAvailableSchema, tagFormSchema } from './forms';

describe('clientpack forms', () => {
  it('validates tag keys and values', () => {
    expect(tagFormSchema.safeParse({ key: 'site', value: 'lab' }).success).toBe(true);
    const bad = tagFormSchema.safeParse({ key: 'a key', value: '' });
    expect(bad.error?.issues.map((issue) => issue.message)).toEqual([
      'Use letters, digits, _ . or -',
    ]);
    expect(tagFormSchema.safeParse({ key: '', value: 'x' }).error?.issues[0]?.message).toBe(
      'Enter a key',
    );
  });

  it('validates the next-available range', () => {
    expect(
      nextAvailableSchema.safeParse({ lowIp: '', highIp: '', includeDisabled: false }).success,
    ).toBe(true);
    const badIp = nextAvailableSchema.safeParse({
      lowIp: '100.127.255',
      highIp: '',
      includeDisabled: false,
    });
    expect(badIp.error?.issues[0]).toMatchObject({ path: ['lowIp'] });
    const reversed = nextAvailableSchema.safeParse({
      lowIp: '100.127.255.200',
      highIp: '100.127.255.193',
      includeDisabled: false,
    });
    expect(reversed.error?.issues[0]).toMatchObject({
      path: ['highIp'],
      message: 'The highest IP must not be below the lowest',
    });
  });

  it('searches names, IPs and tags', () => {
    const pack = {
      name: '100_127_255_194',
      overlay_ipaddress: '100.127.255.194',
      ipaddress: '198.51.100.11',
      tags: { owner: 'alice' },
    };
    expect(matchesSearch(pack, '255.194')).toBe(true);
    expect(matchesSearch(pack, 'owner=ali')).toBe(true);
    expect(matchesSearch(pack, '198.51')).toBe(true);
    expect(matchesSearch(pack, 'bob')).toBe(false);
  });
});
