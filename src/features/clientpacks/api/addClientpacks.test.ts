import { describe, expect, it } from 'vitest';
import { MAX_NEW_PACKS, addPacksSchema, parseRequestedIps } from './addClientpacks';

describe('requested overlay IPs', () => {
  it('reads lists and inclusive ranges', () => {
    expect(parseRequestedIps('100.127.0.1, 100.127.0.9\n100.127.0.4')).toEqual({
      ips: ['100.127.0.1', '100.127.0.9', '100.127.0.4'],
    });
    expect(parseRequestedIps('100.127.0.254-100.127.1.1')).toEqual({
      ips: ['100.127.0.254', '100.127.0.255', '100.127.1.0', '100.127.1.1'],
    });
  });

  it('says what is wrong', () => {
    expect(parseRequestedIps('  ')).toEqual({ error: 'Enter at least one overlay IP address' });
    expect(parseRequestedIps('100.127.0.300')).toEqual({
      error: '100.127.0.300 is not an IPv4 address or a range a.b.c.d-a.b.c.e',
    });
    expect(parseRequestedIps('100.127.0.9-100.127.0.1')).toEqual({
      error: '100.127.0.9-100.127.0.1: the range ends before it starts',
    });
    expect(parseRequestedIps('100.127.0.1-100.127.0.3,100.127.0.2')).toEqual({
      error: '100.127.0.2 is listed twice',
    });
    expect(parseRequestedIps('10.0.0.0-10.0.4.0')).toEqual({
      error: `At most ${MAX_NEW_PACKS} addresses at a time`,
    });
  });

  it('refuses addresses that already have a pack', () => {
    const schema = addPacksSchema(new Set(['100.127.255.193']));
    expect(schema.safeParse({ ips: '100.127.255.194' }).success).toBe(true);
    expect(
      schema.safeParse({ ips: '100.127.255.192-100.127.255.193' }).error?.issues[0],
    ).toMatchObject({ message: '100.127.255.193 already has a clientpack' });
  });
});
