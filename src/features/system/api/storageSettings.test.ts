import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { createJidotekiClient, jidotekiPath } from '@/api/jidoteki/client';
import { blobBytes } from '@/test/blob';
import { fetchCall, jsonResponse, stubFetch } from '@/test/fetchStub';
import { fetchStorage, offeredStorageTypes, storageSchema } from './storage';
import {
  STORAGE_FIELDS,
  type StorageFormValues,
  postStorage,
  storageFormDefaults,
  storageFormSchema,
  storageIssues,
  storageReflects,
  toStorageJson,
} from './storageSettings';

const ALL = ['local', 'nfs', 'aoe', 'iscsi', 'nbd'];

const EMPTY = Object.fromEntries(STORAGE_FIELDS.map((field) => [field, ''])) as Omit<
  StorageFormValues,
  'type'
>;

/** The five example settings.json files of the API doc. */
const DOC_EXAMPLES = {
  local: { type: 'local' },
  nfs: { type: 'nfs', mount_options: 'noacl,sync', ip: '192.168.1.100', share: '/nfs/storage' },
  aoe: { type: 'aoe', device: 'e0.1' },
  iscsi: {
    type: 'iscsi',
    target: 'iqn.2016-01.com.example:storage.lun1',
    ip: '192.168.1.100',
    username: 'user',
    password: 'pass',
  },
  nbd: { type: 'nbd', export_name: 'otherexport', ip: '192.168.1.100', port: '1043' },
};

function form(values: Partial<StorageFormValues> & { type: string }): StorageFormValues {
  return { ...EMPTY, ...values };
}

function issuesOf(example: keyof typeof DOC_EXAMPLES, change: Partial<StorageFormValues>) {
  return storageIssues(form({ ...DOC_EXAMPLES[example], ...change }), ALL);
}

describe('storageIssues: the documented examples', () => {
  it.each(Object.entries(DOC_EXAMPLES))('accepts the %s example', (_type, example) => {
    expect(storageIssues(form(example), ALL)).toEqual({});
    expect(storageFormSchema(ALL).safeParse(form(example)).success).toBe(true);
  });

  it('checks only the fields of the chosen type', () => {
    expect(storageIssues(form({ type: 'local', ip: 'garbage', port: 'x' }), ALL)).toEqual({});
    expect(storageIssues(form({ ...DOC_EXAMPLES.aoe, share: '' }), ALL)).toEqual({});
  });
});

describe('type: local, nfs, aoe, iscsi or nbd, and one the appliance offers', () => {
  it('refuses an unknown type', () => {
    expect(storageIssues(form({ type: 'ceph' }), ALL)).toEqual({ type: 'Choose a storage type' });
    expect(storageIssues(form({ type: '' }), ALL)).toEqual({ type: 'Choose a storage type' });
  });

  it('refuses a type the appliance does not offer', () => {
    expect(storageIssues(form(DOC_EXAMPLES.nfs), ['local', 'aoe'])).toEqual({
      type: 'This appliance offers only: local, aoe',
    });
  });

  it('lists the offered types the console knows, in the appliance order', () => {
    expect(offeredStorageTypes(['local', 'nfs', 'nbd', 'iscsi', 'aoe'])).toEqual([
      'local',
      'nfs',
      'nbd',
      'iscsi',
      'aoe',
    ]);
    expect(offeredStorageTypes(['nfs', 'ceph', 'nfs', 'local'])).toEqual(['nfs', 'local']);
  });
});

describe('nfs', () => {
  it('requires every field', () => {
    expect(storageIssues(form({ type: 'nfs' }), ALL)).toEqual({
      mount_options: 'Enter the mount options, e.g. noacl,sync',
      ip: "Enter the server's IP address",
      share: 'Enter the share path, e.g. /nfs/storage',
    });
  });

  it('mount_options: a-zA-Z0-9 . - = , and 3 to 255 characters', () => {
    expect(issuesOf('nfs', { mount_options: 'rw,vers=4.1,no-acl' }).mount_options).toBeUndefined();
    expect(issuesOf('nfs', { mount_options: 'rw sync' }).mount_options).toBe(
      'Use letters and digits, dots (.), hyphens (-), equals signs (=) and commas (,) only',
    );
    expect(issuesOf('nfs', { mount_options: 'rw;sync' }).mount_options).toBeDefined();
    expect(issuesOf('nfs', { mount_options: 'rw' }).mount_options).toMatch(/^Use 3 to 255/);
    expect(issuesOf('nfs', { mount_options: 'r'.repeat(256) }).mount_options).toMatch(
      /^Use 3 to 255/,
    );
  });

  it('ip: abcdef0123456789ABCDEF.: and 3 to 45 characters, an IPv4 or IPv6 address', () => {
    expect(issuesOf('nfs', { ip: 'fd00::20' }).ip).toBeUndefined();
    expect(issuesOf('nfs', { ip: 'nas.lan' }).ip).toBe(
      'Use digits, a–f, dots (.) and colons (:) only',
    );
    expect(issuesOf('nfs', { ip: '::' }).ip).toMatch(/^Use 3 to 45/);
    expect(issuesOf('nfs', { ip: '1'.repeat(46) }).ip).toMatch(/^Use 3 to 45/);
    expect(issuesOf('nfs', { ip: '192.168.1' }).ip).toBe(
      'Enter an IPv4 or IPv6 address, e.g. 192.168.1.100 or fd00::10',
    );
  });

  it('share: a-zA-Z0-9 . - _ / and 3 to 255 characters', () => {
    expect(issuesOf('nfs', { share: '/exports/app_data-1.0' }).share).toBeUndefined();
    expect(issuesOf('nfs', { share: '/nfs/my share' }).share).toBe(
      'Use letters and digits, dots (.), hyphens (-), underscores (_) and slashes (/) only',
    );
    expect(issuesOf('nfs', { share: 'nas:/nfs' }).share).toBeDefined();
    expect(issuesOf('nfs', { share: '/a' }).share).toMatch(/^Use 3 to 255/);
    expect(issuesOf('nfs', { share: `/${'a'.repeat(255)}` }).share).toMatch(/^Use 3 to 255/);
  });
});

describe('aoe', () => {
  it('device: required, a-zA-Z0-9 . - and 3 to 255 characters', () => {
    expect(issuesOf('aoe', { device: '' }).device).toBe('Enter the device, e.g. e0.1');
    expect(issuesOf('aoe', { device: 'e10.12' }).device).toBeUndefined();
    expect(issuesOf('aoe', { device: 'e0/1' }).device).toBe(
      'Use letters and digits, dots (.) and hyphens (-) only',
    );
    expect(issuesOf('aoe', { device: 'e0' }).device).toMatch(/^Use 3 to 255/);
    expect(issuesOf('aoe', { device: 'e'.repeat(256) }).device).toMatch(/^Use 3 to 255/);
  });
});

describe('iscsi', () => {
  it('requires every field', () => {
    expect(Object.keys(storageIssues(form({ type: 'iscsi' }), ALL))).toEqual([
      'target',
      'ip',
      'username',
      'password',
    ]);
  });

  it('target: a-zA-Z0-9 . - _ : and 3 to 255 characters', () => {
    expect(issuesOf('iscsi', { target: 'iqn.2016-01.com.example:lun_1' }).target).toBeUndefined();
    expect(issuesOf('iscsi', { target: 'iqn.2016-01.com.example/lun1' }).target).toBe(
      'Use letters and digits, dots (.), hyphens (-), underscores (_) and colons (:) only',
    );
    expect(issuesOf('iscsi', { target: 'iq' }).target).toMatch(/^Use 3 to 255/);
    expect(issuesOf('iscsi', { target: 'i'.repeat(256) }).target).toMatch(/^Use 3 to 255/);
  });

  it.each(['username', 'password'] as const)(
    '%s: printable ASCII 33-126 and 3 to 255 characters',
    (field) => {
      expect(issuesOf('iscsi', { [field]: 'p@ss:w0rd!~' })[field]).toBeUndefined();
      expect(issuesOf('iscsi', { [field]: 'two words' })[field]).toBe(
        'Use printable ASCII characters only: no spaces, accents or emoji',
      );
      expect(issuesOf('iscsi', { [field]: 'mötley' })[field]).toBeDefined();
      expect(issuesOf('iscsi', { [field]: 'ab' })[field]).toMatch(/^Use 3 to 255/);
      expect(issuesOf('iscsi', { [field]: 'x'.repeat(256) })[field]).toMatch(/^Use 3 to 255/);
    },
  );
});

describe('nbd', () => {
  it('export_name: required, a-zA-Z0-9 . - _ / and 3 to 255 characters', () => {
    expect(issuesOf('nbd', { export_name: '' }).export_name).toBe('Enter the export name');
    expect(issuesOf('nbd', { export_name: 'exports/disk_1' }).export_name).toBeUndefined();
    expect(issuesOf('nbd', { export_name: 'disk 1' }).export_name).toBeDefined();
    expect(issuesOf('nbd', { export_name: 'ab' }).export_name).toMatch(/^Use 3 to 255/);
  });

  it('port: required, 0-9 . - _ / and 1 to 5 characters', () => {
    expect(issuesOf('nbd', { port: '' }).port).toBe('Enter the port, e.g. 1043');
    expect(issuesOf('nbd', { port: '1' }).port).toBeUndefined();
    expect(issuesOf('nbd', { port: '10809' }).port).toBeUndefined();
    expect(issuesOf('nbd', { port: '108090' }).port).toBe('Use 1 to 5 characters (this has 6)');
    expect(issuesOf('nbd', { port: '10a' }).port).toBe(
      'Use digits, dots (.), hyphens (-), underscores (_) and slashes (/) only',
    );
    expect(issuesOf('nbd', { port: ' 1043' }).port).toBeDefined();
  });

  it('ip is checked as for nfs', () => {
    expect(issuesOf('nbd', { ip: '' }).ip).toBe("Enter the server's IP address");
    expect(issuesOf('nbd', { ip: '10.0.0.256' }).ip).toMatch(/^Enter an IPv4 or IPv6/);
  });
});

describe('toStorageJson', () => {
  it.each(Object.entries(DOC_EXAMPLES))('builds the documented %s file', (_type, example) => {
    expect(toStorageJson(form(example))).toEqual({ storage: example });
  });

  it('leaves out the fields of other types', () => {
    const values = form({ ...DOC_EXAMPLES.iscsi, share: '/nfs', port: '1043', device: 'e0.1' });
    expect(toStorageJson({ ...values, type: 'aoe' })).toEqual({
      storage: { type: 'aoe', device: 'e0.1' },
    });
  });
});

describe('storageFormDefaults and storageReflects', () => {
  const info = storageSchema.parse({ storage: DOC_EXAMPLES.nfs, options: ALL });

  it('fills the form with the current settings', () => {
    expect(storageFormDefaults(info, offeredStorageTypes(ALL))).toEqual(form(DOC_EXAMPLES.nfs));
  });

  it('starts on the first offered type when the current one is not offered', () => {
    expect(storageFormDefaults(info, ['local', 'aoe']).type).toBe('local');
  });

  it('reflects once GET /storage reports the sent type and fields', () => {
    const sent = toStorageJson(form(DOC_EXAMPLES.nbd));
    expect(storageReflects(sent, info)).toBe(false);
    expect(
      storageReflects(sent, { storage: { ...DOC_EXAMPLES.nbd, port: 1043 }, options: ALL }),
    ).toBe(true);
    expect(storageReflects(sent, null)).toBe(false);
  });
});

describe('fetchStorage and postStorage', () => {
  const client = () => createJidotekiClient({ baseUrl: 'https://a.example' }, null);

  it('parses the documented GET /storage answer', async () => {
    const sample = { storage: DOC_EXAMPLES.nfs, options: ['local', 'nfs', 'nbd', 'iscsi', 'aoe'] };
    stubFetch(jsonResponse(sample));
    await expect(fetchStorage(client())).resolves.toEqual(sample);
  });

  it('turns a 404 into null and keeps other errors', async () => {
    stubFetch(jsonResponse({ Status: '404 Not Found' }, { status: 404 }));
    await expect(fetchStorage(client())).resolves.toBeNull();
    stubFetch(jsonResponse({ Status: '403 Forbidden' }, { status: 403 }));
    await expect(fetchStorage(client())).rejects.toBeInstanceOf(ApiError);
  });

  it('POSTs settings.json in the one multipart field settings', async () => {
    const fetchMock = stubFetch(jsonResponse({ Status: '202 Accepted' }, { status: 202 }));
    await postStorage(client(), toStorageJson(form(DOC_EXAMPLES.iscsi)));
    const { url, init } = fetchCall(fetchMock);
    expect(url.pathname).toBe(jidotekiPath('storage'));
    expect(init.method).toBe('POST');
    const body = init.body as FormData;
    expect([...body.keys()]).toEqual(['settings']);
    const file = body.get('settings') as File;
    expect([file.name, file.type]).toEqual(['settings.json', 'application/json']);
    const text = new TextDecoder().decode(new Uint8Array(await blobBytes(file)));
    expect(JSON.parse(text)).toEqual({ storage: DOC_EXAMPLES.iscsi });
  });
});
