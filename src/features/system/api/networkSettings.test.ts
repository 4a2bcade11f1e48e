import { describe, expect, it } from 'vitest';
import { createJidotekiClient, jidotekiPath } from '@/api/jidoteki/client';
import { blobBytes } from '@/test/blob';
import { fetchCall, jsonResponse, stubFetch } from '@/test/fetchStub';
import {
  type NetworkFormValues,
  changesAddress,
  networkFormDefaults,
  networkFormSchema,
  networkIssues,
  postSettings,
  settingsReflect,
  toSettingsJson,
} from './networkSettings';
import { settingsSchema } from './settings';

/** "Example STATIC settings.json file" from the API doc. */
const DOC_STATIC = {
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
};

/** "Example DHCP settings.json file" from the API doc. */
const DOC_DHCP = {
  network: { interface: 'eth0', hostname: 'test.host' },
  app: { name: 'testapp' },
};

const STATIC: NetworkFormValues = { mode: 'static', ...DOC_STATIC.network };
const DHCP: NetworkFormValues = {
  ...STATIC,
  mode: 'dhcp',
  ip_address: '',
  netmask: '',
  gateway: '',
  dns1: '',
  dns2: '',
  ntpserver: '',
};

function issuesOf(values: Partial<NetworkFormValues>) {
  return networkIssues({ ...STATIC, ...values });
}

describe('networkIssues: the documented examples', () => {
  it('accepts the static example', () => {
    expect(networkIssues(STATIC)).toEqual({});
    expect(networkFormSchema.safeParse(STATIC).success).toBe(true);
  });

  it('accepts the DHCP example', () => {
    expect(networkIssues(DHCP)).toEqual({});
  });

  it('ignores the address fields in DHCP mode, whatever they hold', () => {
    expect(networkIssues({ ...DHCP, ip_address: 'not an ip', netmask: 'x', gateway: '1' })).toEqual(
      {},
    );
  });
});

describe('interface: a-zA-Z0-9, 3 to 14 characters, required', () => {
  it.each(['eth0', 'ens192', 'abc', 'A'.repeat(14), 'enp0s31f6', 'WAN1'])('accepts %j', (value) => {
    expect(issuesOf({ interface: value }).interface).toBeUndefined();
  });

  it('requires it', () => {
    expect(issuesOf({ interface: '' }).interface).toBe('Enter the interface name, e.g. eth0');
  });

  it.each(['e0', 'e'])('refuses %j as too short', (value) => {
    expect(issuesOf({ interface: value }).interface).toMatch(/^Use 3 to 14 characters/);
  });

  it('refuses 15 characters', () => {
    expect(issuesOf({ interface: 'a'.repeat(15) }).interface).toBe(
      'Use 3 to 14 characters (this has 15)',
    );
  });

  it.each(['eth0.100', 'br-lan', 'eth_0', 'eth 0', 'éth0', 'eth0:1'])(
    'refuses the characters of %j',
    (value) => {
      expect(issuesOf({ interface: value }).interface).toBe('Use letters and digits only');
    },
  );
});

describe('hostname: a-zA-Z0-9 . -, 3 to 255 characters, required', () => {
  it.each(['test.host', 'appliance-01.example.lan', 'abc', 'a'.repeat(255)])(
    'accepts %j',
    (value) => {
      expect(issuesOf({ hostname: value }).hostname).toBeUndefined();
    },
  );

  it('requires it', () => {
    expect(issuesOf({ hostname: '' }).hostname).toBe('Enter the hostname');
  });

  it('refuses 2 and 256 characters', () => {
    expect(issuesOf({ hostname: 'ab' }).hostname).toMatch(/^Use 3 to 255 characters/);
    expect(issuesOf({ hostname: 'a'.repeat(256) }).hostname).toMatch(/^Use 3 to 255 characters/);
  });

  it.each(['test_host', 'test host', 'host:8443', 'hôte.lan', 'a/b.c'])(
    'refuses the characters of %j',
    (value) => {
      expect(issuesOf({ hostname: value }).hostname).toBe(
        'Use letters and digits, dots (.) and hyphens (-) only',
      );
    },
  );
});

describe('ip_address: abcdef0123456789ABCDEF.:, 3 to 45 characters, an IPv4 or IPv6 address', () => {
  it.each(['192.168.1.100', '10.0.0.5', 'fd00::10', '2001:DB8::1', '::ffff:192.168.1.100'])(
    'accepts %j',
    (value) => {
      const netmask = value.includes(':') ? '64' : '/24';
      const gateway = value.includes(':') ? 'fd00::1' : value.replace(/\d+$/, '1');
      expect(issuesOf({ ip_address: value, netmask, gateway })).toEqual({});
    },
  );

  it('is required for a static address', () => {
    expect(issuesOf({ ip_address: '' }).ip_address).toBe('Enter the IP address');
  });

  it.each(['192.168.1.x', '192.168.1.100/24', '10 0 0 1', 'fe80::1%eth0', 'host.lan'])(
    'refuses the characters of %j',
    (value) => {
      expect(issuesOf({ ip_address: value }).ip_address).toBe(
        'Use digits, a–f, dots (.) and colons (:) only',
      );
    },
  );

  it('refuses 2 and 46 characters', () => {
    expect(issuesOf({ ip_address: '::' }).ip_address).toMatch(/^Use 3 to 45 characters/);
    expect(issuesOf({ ip_address: '1'.repeat(46) }).ip_address).toMatch(
      /^Use 3 to 45 characters \(this has 46\)/,
    );
  });

  it.each(['256.1.1.1', '1.2.3', '192.168.1.1.1', 'abc', '1:2:3', '1::2::3', 'dead.beef'])(
    'refuses %j, which is no address',
    (value) => {
      expect(issuesOf({ ip_address: value }).ip_address).toBe(
        'Enter an IPv4 or IPv6 address, e.g. 192.168.1.100 or fd00::10',
      );
    },
  );
});

describe('netmask: abcdef0123456789ABCDEF.:/, 2 to 45 characters, a mask or a prefix', () => {
  it.each(['255.255.255.0', '255.255.0.0', '/24', '24', '/32', '/8'])(
    'accepts %j for IPv4',
    (value) => {
      expect(issuesOf({ netmask: value }).netmask).toBeUndefined();
    },
  );

  it.each(['64', '/64', '/128', 'ffff:ffff:ffff:ffff::'])('accepts %j for IPv6', (value) => {
    expect(
      issuesOf({ ip_address: 'fd00::10', gateway: 'fd00::1', netmask: value }).netmask,
    ).toBeUndefined();
  });

  it('is required for a static address', () => {
    expect(issuesOf({ netmask: '' }).netmask).toBe('Enter the netmask or prefix length');
  });

  it.each(['255.255.255.0 ', '/24 bits', 'x24', '255,255,255,0'])(
    'refuses the characters of %j',
    (value) => {
      expect(issuesOf({ netmask: value }).netmask).toBe(
        'Use digits, a–f, dots (.), colons (:) and slashes (/) only',
      );
    },
  );

  it('refuses 1 and 46 characters', () => {
    expect(issuesOf({ netmask: '8' }).netmask).toMatch(/^Use 2 to 45 characters/);
    expect(issuesOf({ netmask: '/'.repeat(46) }).netmask).toMatch(/^Use 2 to 45 characters/);
  });

  it.each(['255.0.255.0', '/33', '/0', 'ffff:ffff::', '255.255.255.256', '//24'])(
    'refuses %j for an IPv4 address',
    (value) => {
      expect(issuesOf({ netmask: value }).netmask).toBe(
        'Enter a netmask such as 255.255.255.0, or a prefix length from /1 to /32',
      );
    },
  );

  it.each(['255.255.255.0', '/129', 'ffff::ffff'])('refuses %j for an IPv6 address', (value) => {
    expect(issuesOf({ ip_address: 'fd00::10', gateway: 'fd00::1', netmask: value }).netmask).toBe(
      'Enter a prefix length from 1 to 128 such as 64 or /64, or an IPv6 mask',
    );
  });
});

describe('gateway: abcdef0123456789ABCDEF.:, 3 to 45 characters, same family as the address', () => {
  it('is required for a static address', () => {
    expect(issuesOf({ gateway: '' }).gateway).toBe('Enter the gateway');
  });

  it('refuses bad characters, lengths and shapes', () => {
    expect(issuesOf({ gateway: 'router' }).gateway).toBe(
      'Use digits, a–f, dots (.) and colons (:) only',
    );
    expect(issuesOf({ gateway: '1.' }).gateway).toMatch(/^Use 3 to 45 characters/);
    expect(issuesOf({ gateway: 'a'.repeat(46) }).gateway).toMatch(/^Use 3 to 45 characters/);
    expect(issuesOf({ gateway: '192.168.1' }).gateway).toBe(
      'Enter an IPv4 or IPv6 address, e.g. 192.168.1.100 or fd00::10',
    );
  });

  it('refuses an IPv6 gateway for an IPv4 address and the reverse', () => {
    expect(issuesOf({ gateway: 'fd00::1' }).gateway).toBe(
      'Enter an IPv4 gateway, like the IP address',
    );
    expect(issuesOf({ ip_address: 'fd00::10', netmask: '64', gateway: '10.0.0.1' }).gateway).toBe(
      'Enter an IPv6 gateway, like the IP address',
    );
  });
});

describe('dns1 and dns2: abcdef0123456789ABCDEF.:, 3 to 45 characters, optional', () => {
  it.each(['dns1', 'dns2'] as const)('%s may be empty, IPv4 or IPv6', (field) => {
    expect(issuesOf({ [field]: '' })[field]).toBeUndefined();
    expect(issuesOf({ [field]: '1.1.1.1' })[field]).toBeUndefined();
    expect(issuesOf({ [field]: '2606:4700:4700::1111' })[field]).toBeUndefined();
  });

  it.each(['dns1', 'dns2'] as const)('%s refuses names, bad lengths and bad shapes', (field) => {
    expect(issuesOf({ [field]: 'dns.google' })[field]).toBe(
      'Use digits, a–f, dots (.) and colons (:) only',
    );
    expect(issuesOf({ [field]: '::' })[field]).toMatch(/^Use 3 to 45 characters/);
    expect(issuesOf({ [field]: '1'.repeat(46) })[field]).toMatch(/^Use 3 to 45 characters/);
    expect(issuesOf({ [field]: '8.8.8' })[field]).toBe(
      'Enter an IPv4 or IPv6 address, e.g. 192.168.1.100 or fd00::10',
    );
  });

  it('checks them in DHCP mode too', () => {
    expect(networkIssues({ ...DHCP, dns1: '8.8.8.8.8' }).dns1).toBeDefined();
  });
});

describe('ntpserver: a-zA-Z0-9 . - :, 3 to 255 characters, optional', () => {
  it.each(['', 'pool.ntp.org', '0.pool.ntp.org', 'time-a.example.com', '192.168.1.1', 'fd00::1'])(
    'accepts %j',
    (value) => {
      expect(issuesOf({ ntpserver: value }).ntpserver).toBeUndefined();
    },
  );

  it('refuses bad characters and lengths', () => {
    expect(issuesOf({ ntpserver: 'ntp_server' }).ntpserver).toBe(
      'Use letters and digits, dots (.), hyphens (-) and colons (:) only',
    );
    expect(issuesOf({ ntpserver: 'pool ntp org' }).ntpserver).toBeDefined();
    expect(issuesOf({ ntpserver: 'ab' }).ntpserver).toMatch(/^Use 3 to 255 characters/);
    expect(issuesOf({ ntpserver: 'a'.repeat(256) }).ntpserver).toMatch(/^Use 3 to 255 characters/);
  });
});

describe('networkFormSchema', () => {
  it('reports each problem on its field', () => {
    const result = networkFormSchema.safeParse({ ...STATIC, interface: 'e', gateway: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['interface', 'Use 3 to 14 characters (this has 1)'],
      ['gateway', 'Enter the gateway'],
    ]);
  });
});

describe('toSettingsJson', () => {
  it('builds the documented static file, keeping app', () => {
    expect(toSettingsJson(STATIC, DOC_STATIC.app)).toEqual(DOC_STATIC);
  });

  it('builds the documented DHCP file: no ip_address, netmask or gateway', () => {
    const json = toSettingsJson(
      { ...STATIC, mode: 'dhcp', dns1: '', dns2: '', ntpserver: '' },
      {
        name: 'testapp',
      },
    );
    expect(json).toEqual(DOC_DHCP);
  });

  it('keeps DNS and NTP in DHCP mode and leaves out empty optional fields', () => {
    expect(toSettingsJson({ ...STATIC, mode: 'dhcp', dns2: '' }, undefined)).toEqual({
      network: {
        interface: 'eth0',
        hostname: 'test.host',
        dns1: '192.168.1.2',
        ntpserver: 'pool.ntp.org',
      },
    });
  });

  it('sends app back exactly as the appliance gave it', () => {
    const app = { name: 'x', nested: { list: [1, 2] }, flag: true };
    expect(toSettingsJson(STATIC, app).app).toBe(app);
    expect('app' in toSettingsJson(STATIC, null)).toBe(false);
  });
});

describe('networkFormDefaults', () => {
  it('fills the form from GET /settings', () => {
    const settings = settingsSchema.parse({
      ...DOC_STATIC,
      network: { mode: 'static', ...DOC_STATIC.network },
    });
    expect(networkFormDefaults(settings)).toEqual(STATIC);
  });

  it('starts in DHCP with empty fields when there are no settings yet', () => {
    expect(networkFormDefaults(null)).toEqual({
      mode: 'dhcp',
      interface: '',
      hostname: '',
      ip_address: '',
      netmask: '',
      gateway: '',
      dns1: '',
      dns2: '',
      ntpserver: '',
    });
  });

  it('reads DHCP mode and numbers', () => {
    const settings = settingsSchema.parse({
      network: { mode: 'dhcp', interface: 'eth0', dns1: 7 },
    });
    expect(networkFormDefaults(settings)).toMatchObject({ mode: 'dhcp', dns1: '7', gateway: '' });
  });
});

describe('settingsReflect', () => {
  const sent = toSettingsJson(STATIC, DOC_STATIC.app);

  it('is true once GET reports every sent field and the mode', () => {
    expect(settingsReflect(sent, { network: { mode: 'static', ...DOC_STATIC.network } })).toBe(
      true,
    );
  });

  it('is false while a field or the mode still differs', () => {
    expect(
      settingsReflect(sent, {
        network: { mode: 'static', ...DOC_STATIC.network, ip_address: '192.168.1.99' },
      }),
    ).toBe(false);
    expect(settingsReflect(sent, { network: { mode: 'dhcp', ...DOC_STATIC.network } })).toBe(false);
    expect(settingsReflect(sent, null)).toBe(false);
    expect(settingsReflect(sent, {})).toBe(false);
  });

  it('sees a switch to DHCP', () => {
    const dhcp = toSettingsJson(DHCP, undefined);
    expect(settingsReflect(dhcp, { network: { mode: 'static', ...DOC_STATIC.network } })).toBe(
      false,
    );
    expect(
      settingsReflect(dhcp, {
        network: { mode: 'dhcp', interface: 'eth0', hostname: 'test.host' },
      }),
    ).toBe(true);
  });
});

describe('postSettings', () => {
  it('POSTs one multipart field, settings, holding settings.json', async () => {
    const fetchMock = stubFetch(
      jsonResponse({ Status: '202 Accepted', Location: '/api/v1/admin/settings' }, { status: 202 }),
    );
    const client = createJidotekiClient({ baseUrl: 'https://a.example' }, null);
    const json = toSettingsJson(STATIC, DOC_STATIC.app);
    await postSettings(client, json);
    const call = fetchCall(fetchMock);
    expect(call.url.pathname).toBe(jidotekiPath('settings'));
    expect(call.init?.method).toBe('POST');
    const body = call.init?.body as FormData;
    expect([...body.keys()]).toEqual(['settings']);
    const file = body.get('settings') as File;
    expect(file.name).toBe('settings.json');
    expect(file.type).toBe('application/json');
    const text = new TextDecoder().decode(new Uint8Array(await blobBytes(file)));
    expect(JSON.parse(text)).toEqual(DOC_STATIC);
  });
});

describe('changesAddress', () => {
  const current = settingsSchema.parse({ network: { mode: 'static', ...DOC_STATIC.network } });

  it('is true for a new static address or a switch between DHCP and static', () => {
    expect(changesAddress(current, { ...STATIC, ip_address: '192.168.1.101' })).toBe(true);
    expect(changesAddress(current, DHCP)).toBe(true);
    expect(changesAddress({ network: { mode: 'dhcp' } }, STATIC)).toBe(true);
  });

  it('is false when the address stays, or there were no settings', () => {
    expect(changesAddress(current, { ...STATIC, hostname: 'other.host', dns2: '' })).toBe(false);
    expect(changesAddress({ network: { mode: 'dhcp' } }, DHCP)).toBe(false);
    expect(changesAddress(null, STATIC)).toBe(false);
  });
});
