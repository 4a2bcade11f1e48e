import { describe, expect, it } from 'vitest';
import { ipFamily, parseIPv4, parseIPv6, parseNetmask } from './ipAddress';

describe('parseIPv4', () => {
  it.each([
    ['192.168.1.100', [192, 168, 1, 100]],
    ['0.0.0.0', [0, 0, 0, 0]],
    ['255.255.255.255', [255, 255, 255, 255]],
    ['10.0.0.1', [10, 0, 0, 1]],
  ])('parses %s', (text, octets) => {
    expect(parseIPv4(text)).toEqual(octets);
  });

  it.each([
    '256.1.1.1',
    '1.2.3',
    '1.2.3.4.5',
    '01.2.3.4',
    '1.2.3.',
    '.1.2.3',
    '1..2.3',
    '1.2.3.4 ',
    'a.b.c.d',
    '1.2.3.-4',
    '',
  ])('refuses %j', (text) => {
    expect(parseIPv4(text)).toBeNull();
  });
});

describe('parseIPv6', () => {
  it.each([
    ['2001:db8:0:0:0:0:0:1', [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]],
    ['2001:db8::1', [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]],
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['::', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['fe80::', [0xfe80, 0, 0, 0, 0, 0, 0, 0]],
    ['FD00::10', [0xfd00, 0, 0, 0, 0, 0, 0, 0x10]],
    ['1:2:3:4:5:6:7::', [1, 2, 3, 4, 5, 6, 7, 0]],
    ['::ffff:192.0.2.1', [0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201]],
    ['::192.0.2.1', [0, 0, 0, 0, 0, 0, 0xc000, 0x0201]],
    ['1:2:3:4:5:6:192.0.2.1', [1, 2, 3, 4, 5, 6, 0xc000, 0x0201]],
    ['64:ff9b::10.0.0.1', [0x64, 0xff9b, 0, 0, 0, 0, 0x0a00, 1]],
  ])('parses %s', (text, groups) => {
    expect(parseIPv6(text)).toEqual(groups);
  });

  it.each([
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '1::2::3',
    ':::',
    ':1::',
    '1:',
    ':1',
    '12345::1',
    'g::1',
    '1:2:3:4:5:6:7:192.0.2.1',
    '::ffff:192.0.2.256',
    '::ffff:192.0.2',
    '1:2:3:4:5:6:7:8::',
    'fe80::1%eth0',
    '192.168.1.1',
    '',
  ])('refuses %j', (text) => {
    expect(parseIPv6(text)).toBeNull();
  });
});

describe('ipFamily', () => {
  it('tells IPv4 from IPv6 and from neither', () => {
    expect(ipFamily('192.168.1.1')).toBe(4);
    expect(ipFamily('fd00::1')).toBe(6);
    expect(ipFamily('pool.ntp.org')).toBeNull();
    expect(ipFamily('1.2.3')).toBeNull();
  });
});

describe('parseNetmask', () => {
  it.each([
    ['255.255.255.0', undefined, { prefix: 24, form: 'ipv4' }],
    ['255.255.255.255', 4, { prefix: 32, form: 'ipv4' }],
    ['255.0.0.0', 4, { prefix: 8, form: 'ipv4' }],
    ['255.255.128.0', undefined, { prefix: 17, form: 'ipv4' }],
    ['/24', 4, { prefix: 24, form: 'prefix' }],
    ['24', undefined, { prefix: 24, form: 'prefix' }],
    ['/64', 6, { prefix: 64, form: 'prefix' }],
    ['128', 6, { prefix: 128, form: 'prefix' }],
    ['ffff:ffff:ffff:ffff::', 6, { prefix: 64, form: 'ipv6' }],
    ['ffff:ff80::', undefined, { prefix: 25, form: 'ipv6' }],
  ] as const)('parses %s (family %s)', (text, family, mask) => {
    expect(parseNetmask(text, family)).toEqual(mask);
  });

  it.each([
    { text: '255.0.255.0', family: undefined, why: 'not contiguous' },
    { text: '255.255.255.1', family: 4, why: 'not contiguous' },
    { text: '0.0.0.0', family: 4, why: 'empty' },
    { text: '/0', family: undefined, why: 'empty' },
    { text: '/33', family: 4, why: 'too long for IPv4' },
    { text: '/129', family: 6, why: 'too long for IPv6' },
    { text: '/024', family: 4, why: 'a leading zero' },
    { text: '255.255.255.0', family: 6, why: 'an IPv4 mask for IPv6' },
    { text: 'ffff:ffff::', family: 4, why: 'an IPv6 mask for IPv4' },
    { text: 'ffff::ffff', family: 6, why: 'not contiguous' },
    { text: '//24', family: 4, why: 'two slashes' },
    { text: '24/', family: 4, why: 'a trailing slash' },
    { text: '/', family: undefined, why: 'no number' },
    { text: 'abc', family: undefined, why: 'not a mask' },
  ] as const)('refuses $text for family $family ($why)', ({ text, family }) => {
    expect(parseNetmask(text, family)).toBeNull();
  });
});
