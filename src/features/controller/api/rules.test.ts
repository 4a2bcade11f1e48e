import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  accessUrlSchema,
  adminUiSchema,
  alertSchema,
  apiPasswordSchema,
  controllerSettingsSchema,
  imageSchema,
  isIPv4Cidr,
  keysetSchema,
  licenseParametersSchema,
  msSchema,
  packetMonitorSchema,
  runContainerSchema,
  snapshotSchema,
  tokenSchema,
  webhookSchema,
} from './rules';

/** The message of each failing field, keyed by its path. */
function errors(schema: z.core.$ZodType, value: unknown): Record<string, string> {
  const result = z.safeParse(schema, value);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.'), issue.message]),
  );
}

const parameters = {
  useDefault: false,
  subnet: '10.10.0.0/24',
  managers: '10.10.0.1 10.10.0.2',
  asns: '65001 65002',
  clients: '',
  my_manager_vip: '',
};

describe('controller form rules (mirroring the simulator)', () => {
  it('checks IPv4 CIDRs', () => {
    expect(isIPv4Cidr('10.0.0.0/8')).toBe(true);
    expect(isIPv4Cidr('10.0.0.0/33')).toBe(false);
    expect(isIPv4Cidr('10.0.0/8')).toBe(false);
    expect(isIPv4Cidr('10.0.0.0')).toBe(false);
  });

  it('licence parameters: default skips the fields; custom ones are all checked', () => {
    expect(
      errors(licenseParametersSchema, { ...parameters, useDefault: true, subnet: 'x' }),
    ).toEqual({});
    expect(errors(licenseParametersSchema, parameters)).toEqual({});
    expect(
      errors(licenseParametersSchema, {
        ...parameters,
        subnet: '10.0.0.0/40',
        managers: '10.0.0',
        my_manager_vip: 'x',
      }),
    ).toMatchObject({
      subnet: 'Enter an IPv4 network in CIDR form, for example 100.64.0.0/24',
      managers: 'Enter IPv4 addresses separated by spaces',
      my_manager_vip: 'Enter an IPv4 address, or leave it empty',
    });
    expect(errors(licenseParametersSchema, { ...parameters, asns: '65001' })).toEqual({
      asns: 'Give one ASN per manager',
    });
    expect(errors(licenseParametersSchema, { ...parameters, asns: '0 65002' }).asns).toBe(
      'Enter ASNs (1 to 4294967295) separated by spaces',
    );
  });

  it('keyset: a token of 1 to 128 characters; source an IPv4 address or empty', () => {
    expect(errors(keysetSchema, { token: ' ', topology_name: '', source: '' })).toEqual({
      token: 'Enter the keyset token',
    });
    expect(errors(keysetSchema, { token: 'x'.repeat(129), topology_name: '', source: '' })).toEqual(
      {
        token: 'At most 128 characters',
      },
    );
    expect(errors(keysetSchema, { token: 'ok', topology_name: '', source: 'peer' }).source).toBe(
      'Enter the IPv4 address of a peer controller',
    );
    expect(errors(keysetSchema, { token: 'ok', topology_name: '', source: '10.0.0.2' })).toEqual(
      {},
    );
  });

  it('API tokens live 60 s to a year; access URLs 60 s to 3 days', () => {
    expect(errors(tokenSchema, { name: 'ci', expires: 59, refreshes: false })).toEqual({
      expires: 'At least 60 seconds',
    });
    expect(errors(tokenSchema, { name: 'ci', expires: 31_536_001, refreshes: false })).toEqual({
      expires: 'At most 31536000 seconds',
    });
    expect(
      errors(tokenSchema, { name: 'ci', expires: Number.NaN, refreshes: false }).expires,
    ).toBeDefined();
    const url = { name: 'u', description: '', expires: 259_200, kind: 'rs', clientpack: '' };
    expect(errors(accessUrlSchema, url)).toEqual({});
    expect(errors(accessUrlSchema, { ...url, expires: 259_201 })).toEqual({
      expires: 'At most 259200 seconds',
    });
    expect(errors(accessUrlSchema, { ...url, kind: 'cp', clientpack: '100.64.0.10' })).toEqual({
      clientpack: 'Enter a clientpack name such as 100_64_0_10',
    });
    expect(errors(accessUrlSchema, { ...url, kind: 'cp', clientpack: '100_64_0_10' })).toEqual({});
  });

  it('passwords: at least 8 characters, no spaces, typed twice alike', () => {
    expect(errors(apiPasswordSchema, { password: 'short', confirm: 'short' })).toEqual({
      password: 'The password must be at least 8 characters',
    });
    expect(errors(apiPasswordSchema, { password: 'with space', confirm: 'with space' })).toEqual({
      password: 'The password must not contain spaces',
    });
    expect(errors(apiPasswordSchema, { password: 'long-enough', confirm: 'other' })).toEqual({
      confirm: 'The passwords do not match',
    });
    expect(
      errors(adminUiSchema, { enabled: true, admin_username: '', admin_password: '' }),
    ).toEqual({});
    expect(
      Object.keys(
        errors(adminUiSchema, { enabled: true, admin_username: 'ab', admin_password: 'short' }),
      ),
    ).toEqual(['admin_username', 'admin_password']);
  });

  it('snapshot names, NTP hosts, VNS3:ms address', () => {
    expect(errors(snapshotSchema, { name: '' })).toEqual({});
    expect(errors(snapshotSchema, { name: 'a b' }).name).toBeDefined();
    expect(
      errors(controllerSettingsSchema, {
        controller_name: '',
        topology_name: '',
        ntp_hosts: 'pool.ntp.org 10.0.0.1',
      }),
    ).toEqual({});
    expect(
      errors(controllerSettingsSchema, {
        controller_name: '',
        topology_name: '',
        ntp_hosts: 'bad_host!',
      }).ntp_hosts,
    ).toBe('Enter host names or IPv4 addresses separated by spaces');
    expect(errors(msSchema, { ip: '10.0.0', alert_enabled: false })).toEqual({
      ip: 'Enter the IPv4 address of VNS3:ms',
    });
  });

  it('webhooks need an http(s) URL; alerts a webhook and an event', () => {
    const hook = {
      name: 'h',
      url: 'https://x.example.com',
      body: '',
      validate_cert: true,
      events: [],
      headers: [],
    };
    expect(errors(webhookSchema, hook)).toEqual({});
    expect(errors(webhookSchema, { ...hook, url: 'ftp://x' })).toEqual({
      url: 'Enter an http:// or https:// URL',
    });
    expect(errors(alertSchema, { name: 'a', webhook_id: '', events: [], enabled: true })).toEqual({
      webhook_id: 'Choose a webhook',
      events: 'Choose at least one event',
    });
  });

  it('packet monitors: names, conntrack naming, NetFlow collectors, durations', () => {
    const monitor = {
      name: 'cap',
      type: 'pcap',
      interface: 'eth0',
      filter: '',
      duration: 'forever',
      destination: '',
    };
    expect(errors(packetMonitorSchema, monitor)).toEqual({});
    expect(errors(packetMonitorSchema, { ...monitor, name: 'a b' }).name).toBeDefined();
    expect(errors(packetMonitorSchema, { ...monitor, type: 'conntrack' })).toEqual({
      name: 'A conntrack monitor must be named conntrack',
    });
    expect(
      errors(packetMonitorSchema, { ...monitor, type: 'netflow', destination: '10.0.3.2:4000' })
        .destination,
    ).toBe('Enter host:<IPv4>:<port>, for example host:10.0.3.2:4000');
    expect(
      errors(packetMonitorSchema, {
        ...monitor,
        type: 'netflow',
        destination: 'host:10.0.3.2:4000',
      }),
    ).toEqual({});
    expect(errors(packetMonitorSchema, { ...monitor, duration: 'someday' })).toEqual({
      duration: 'Enter forever or a date',
    });
  });

  it('containers: names, image URLs and optional addresses', () => {
    expect(
      errors(runContainerSchema, { name: 'web', image_uuid: 'img-1', ipaddress: '', command: '' }),
    ).toEqual({});
    expect(
      Object.keys(
        errors(runContainerSchema, {
          name: '-web',
          image_uuid: '',
          ipaddress: '1.2.3',
          command: '',
        }),
      ),
    ).toEqual(['name', 'image_uuid', 'ipaddress']);
    expect(errors(imageSchema, { name: 'redis', url: 'ftp://x', description: '' })).toEqual({
      url: 'Enter an http:// or https:// URL',
    });
  });
});
