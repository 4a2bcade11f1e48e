// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ASCII_ALPHANUMERIC,
  validateNewToken,
  validateSettings,
  validateStorage,
} from './validation.ts';

const OPTIONS = ['local', 'nfs', 'aoe', 'iscsi', 'nbd'];

describe('settings validation', () => {
  it('accepts the documented static example and marks it static', () => {
    const result = validateSettings({
      network: {
        interface: 'eth0',
        hostname: 'test.host',
        ip_address: '192.168.1.100',
        netmask: '255.255.255.0',
        gateway: '192.168.1.1',
        dns1: '192.168.1.2',
        dns2: '192.168.1.3',
        ntpserver: 'pool.ntp.org',
      },
      app: { name: 'testapp' },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        network: expect.objectContaining({ mode: 'static', ip_address: '192.168.1.100' }),
        app: { name: 'testapp' },
      },
    });
    if (result.ok) expect(Object.keys(result.value.network)[0]).toBe('mode');
  });

  it('switches to DHCP when ip, netmask or gateway is omitted', () => {
    const result = validateSettings({ network: { interface: 'eth0', hostname: 'test.host' } });
    expect(result.ok && result.value.network.mode).toBe('dhcp');
    const partial = validateSettings({
      network: { interface: 'eth0', hostname: 'h.lan', ip_address: '10.0.0.2', netmask: '/8' },
    });
    expect(partial.ok && partial.value.network.mode).toBe('dhcp');
  });

  it.each([
    [
      { hostname: 'test.host' },
      'Invalid string length for option: interface. Allowed: >= 3 and <= 14',
    ],
    [
      { interface: 'eth0_1', hostname: 'h.lan' },
      `Missing or invalid string for option: interface. Allowed: ${ASCII_ALPHANUMERIC}`,
    ],
    [
      { interface: 'averyverylongif', hostname: 'h.lan' },
      'Invalid string length for option: interface. Allowed: >= 3 and <= 14',
    ],
    [
      { interface: 'eth0', hostname: 'h_1' },
      `Missing or invalid string for option: hostname. Allowed: ${ASCII_ALPHANUMERIC}.-`,
    ],
    [
      { interface: 'eth0', hostname: 'ab' },
      'Invalid string length for option: hostname. Allowed: >= 3 and <= 255',
    ],
    [
      { interface: 'eth0', hostname: 'h.lan', ip_address: '10.0.0.g' },
      'Missing or invalid string for option: ip_address. Allowed: abcdef0123456789ABCDEF.:',
    ],
    [
      { interface: 'eth0', hostname: 'h.lan', netmask: '/' },
      'Invalid string length for option: netmask. Allowed: >= 2 and <= 45',
    ],
    [
      { interface: 'eth0', hostname: 'h.lan', dns2: '1.' },
      'Invalid string length for option: dns2. Allowed: >= 3 and <= 45',
    ],
    [
      { interface: 'eth0', hostname: 'h.lan', ntpserver: 'ntp pool' },
      `Missing or invalid string for option: ntpserver. Allowed: ${ASCII_ALPHANUMERIC}.-:`,
    ],
  ])('rejects %j', (network, message) => {
    expect(validateSettings({ network })).toEqual({ ok: false, message });
  });

  it('accepts IPv6 addresses and netmask prefixes', () => {
    const result = validateSettings({
      network: {
        interface: 'ens3',
        hostname: 'v6.lan',
        ip_address: 'fe80::1',
        netmask: '/64',
        gateway: 'FE80::FFFF',
      },
    });
    expect(result.ok).toBe(true);
  });
});

describe('storage validation', () => {
  it.each([
    [{ type: 'local' }],
    [{ type: 'nfs', mount_options: 'noacl,sync', ip: '192.168.1.100', share: '/nfs/storage' }],
    [{ type: 'aoe', device: 'e0.1' }],
    [
      {
        type: 'iscsi',
        target: 'iqn.2016-01.com.example:storage.lun1',
        ip: '192.168.1.100',
        username: 'user',
        password: 'pass',
      },
    ],
    [{ type: 'nbd', export_name: 'otherexport', ip: '192.168.1.100', port: '1043' }],
  ])('accepts %j', (storage) => {
    expect(validateStorage({ storage }, OPTIONS)).toEqual({ ok: true, value: storage });
  });

  it.each([
    [{ type: 'ceph' }, 'Invalid option: type. Allowed: local, nfs, aoe, iscsi, nbd'],
    [{}, 'Invalid option: type. Allowed: local, nfs, aoe, iscsi, nbd'],
    [
      { type: 'nfs', mount_options: 'noacl sync', ip: '1.2.3.4', share: '/s' },
      `Missing or invalid string for option: mount_options. Allowed: ${ASCII_ALPHANUMERIC}.-=,`,
    ],
    [
      { type: 'nfs', mount_options: 'sync', ip: '1.2.3.4', share: '/s' },
      'Invalid string length for option: share. Allowed: >= 3 and <= 255',
    ],
    [
      { type: 'iscsi', target: 'iqn.x:y', ip: '1.2.3.4', username: 'us er', password: 'pass' },
      expect.stringMatching(/^Missing or invalid string for option: username\. Allowed: !"#/),
    ],
    [
      { type: 'nbd', export_name: 'exp', ip: '1.2.3.4', port: '123456' },
      'Invalid string length for option: port. Allowed: >= 1 and <= 5',
    ],
    [
      { type: 'nbd', export_name: 'exp', ip: '1.2.3.4', port: '10a' },
      'Missing or invalid string for option: port. Allowed: 0123456789.-_/',
    ],
  ])('rejects %j', (storage, message) => {
    expect(validateStorage({ storage }, OPTIONS)).toEqual({ ok: false, message });
  });

  it('only allows the types listed in the appliance options', () => {
    expect(validateStorage({ storage: { type: 'nfs' } }, ['local'])).toEqual({
      ok: false,
      message: 'Invalid option: type. Allowed: local',
    });
  });
});

describe('token validation', () => {
  it('allows 1 to 255 printable characters', () => {
    expect(validateNewToken('a')).toBeNull();
    expect(validateNewToken('~!{}"\\')).toBeNull();
    expect(validateNewToken('a'.repeat(255))).toBeNull();
    expect(validateNewToken('é')).toMatch(/^Missing or invalid string for option: newtoken/);
    expect(validateNewToken('')).toBe(
      'Invalid string length for option: newtoken. Allowed: >= 1 and <= 255',
    );
  });
});
