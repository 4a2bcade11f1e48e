import type { Locator, Page } from '@playwright/test';
import fc from 'fast-check';
import { expect, test } from './fixtures';
import {
  DEVICEGW,
  EVON,
  JIDOTEKI,
  type KindPage,
  type QualityKind,
  SHELLHUB,
  VNS3,
  visit,
} from './quality-kinds';

/**
 * Every main form of each complete kind, fed values its backend's documented rules refuse. The
 * form must say what is wrong next to the field and send nothing: the simulator's count of
 * requests it rejected for validation stays 0. A new kind adds its forms to FORMS.
 */

interface BadField {
  label: string;
  values: fc.Arbitrary<string>;
  message: string | RegExp;
  /** Put back after each sample so that only this field is wrong. */
  valid?: string;
}

interface BadForm {
  name: string;
  kind: QualityKind;
  page: KindPage;
  /** Opens the form; answers the element that holds its fields (a dialog or the page). */
  open(page: Page): Promise<Locator>;
  submit: string;
  fields: BadField[];
}

const RUNS = 8;
const chars = (set: string) => fc.constantFrom(...set.split(''));
const ALNUM = chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');

/**
 * A value of allowed characters with a character the rule refuses inside it (not at an end,
 * where a form may rightly trim a space away).
 */
function withForbidden(allowed: fc.Arbitrary<string>, forbidden: string[]) {
  return fc
    .tuple(
      fc.string({ unit: allowed, minLength: 1, maxLength: 6 }),
      fc.constantFrom(...forbidden),
      fc.string({ unit: allowed, minLength: 1, maxLength: 6 }),
    )
    .map((parts) => parts.join(''));
}

const tooLong = (allowed: fc.Arbitrary<string>, max: number) =>
  fc.string({ unit: allowed, minLength: max + 1, maxLength: max + 30 });

const DIGITS = chars('0123456789');
const blank = fc.string({ unit: chars(' \t'), minLength: 1, maxLength: 5 });
/** An IPv4-looking value with a character no address has inside it. */
const notIpv4 = (forbidden: string[]) => withForbidden(chars('0123456789.'), forbidden);
/** Regular expressions a parser refuses: an unclosed group or class, or a stray `)`. */
const badRegexp = withForbidden(ALNUM, ['(', '[', ')']);

const dialog = (title: string, button: string) => async (page: Page) => {
  await page.getByRole('button', { name: button }).first().click();
  const scope = page.getByRole('dialog', { name: title });
  await expect(scope).toBeVisible();
  return scope;
};

const FORMS: BadForm[] = [
  {
    name: 'network settings',
    kind: JIDOTEKI,
    page: { nav: 'Network', heading: 'Network' },
    open: async (page) => page.getByRole('main'),
    submit: 'Apply settings',
    fields: [
      {
        label: 'Interface',
        values: withForbidden(ALNUM, [' ', '-', '_', '.', '!', '<', 'é', '/']),
        message: 'Use letters and digits only',
        valid: 'eth0',
      },
      {
        label: 'Interface',
        values: tooLong(ALNUM, 14),
        message: /Use 3 to 14 characters/,
        valid: 'eth0',
      },
      {
        label: 'Hostname',
        values: withForbidden(fc.constantFrom('a', 'b', '9', '.', '-'), [' ', '_', '!', '<', 'é']),
        message: 'Use letters and digits, dots (.) and hyphens (-) only',
        valid: 'appliance.example.lan',
      },
      {
        label: 'IP address',
        values: withForbidden(chars('0123456789abcdef.:'), ['g', 'z', ' ', '/', '-']),
        message: 'Use digits, a–f, dots (.) and colons (:) only',
        valid: '192.168.1.100',
      },
      {
        label: 'DNS server 1',
        values: withForbidden(chars('0123456789.'), ['x', ' ', '/', '_']),
        message: 'Use digits, a–f, dots (.) and colons (:) only',
        valid: '192.168.1.2',
      },
    ],
  },
  {
    name: 'create user',
    kind: EVON,
    page: { nav: 'Users', heading: 'Users' },
    open: dialog('Create user', 'Create user'),
    submit: 'Create user',
    fields: [
      {
        label: 'Username',
        values: withForbidden(ALNUM, [' ', '!', '<', '#', '/', 'é', '%']),
        message: 'Use letters, digits and @ . + - _ only',
        valid: 'carol',
      },
      {
        label: 'Email',
        values: fc.string({ unit: ALNUM, minLength: 1, maxLength: 20 }),
        message: 'Enter a valid email address',
        valid: '',
      },
    ],
  },
  {
    name: 'create server group',
    kind: EVON,
    page: { nav: 'Server groups', heading: 'Server groups' },
    open: dialog('Create server group', 'Create server group'),
    submit: 'Create server group',
    fields: [
      {
        label: 'Name',
        values: withForbidden(ALNUM, [',']),
        message: 'Name must not contain commas',
      },
    ],
  },
  {
    name: 'create rule',
    kind: EVON,
    page: { nav: 'Rules', heading: 'Rules' },
    open: dialog('Create rule', 'Create rule'),
    submit: 'Create rule',
    fields: [
      {
        label: 'Destination ports',
        values: withForbidden(chars('0123456789,-'), ['a', 'x', '/', ':', ';', '.']),
        message: 'Illegal characters in port specification',
      },
    ],
  },
  {
    name: 'register device',
    kind: DEVICEGW,
    page: { nav: 'Devices', heading: 'Devices' },
    open: dialog('Register device', 'Register device'),
    submit: 'Register',
    fields: [
      {
        label: 'Name',
        values: withForbidden(ALNUM, [' ', '!', '<', '/', 'é', '@', '#']),
        message: 'Use letters, digits, _ . or -',
        valid: '',
      },
      {
        label: 'Name',
        values: tooLong(ALNUM, 60),
        message: 'Use letters, digits, _ . or -',
        valid: '',
      },
      {
        label: 'Certificate request (PEM)',
        values: fc
          .string({ unit: ALNUM, minLength: 1, maxLength: 40 })
          .map((text) => `-----BEGIN CERTIFICATE-----\n${text}`),
        message: 'Paste a PEM certificate request (CSR)',
      },
    ],
  },
  {
    name: 'storage settings (NFS)',
    kind: JIDOTEKI,
    page: { nav: 'Storage', heading: 'Storage' },
    async open(page) {
      await page.getByRole('radio', { name: 'NFS (Network File System)' }).check();
      return page.getByRole('main');
    },
    submit: 'Save storage settings',
    fields: [
      {
        label: 'Server IP address',
        values: withForbidden(chars('0123456789abcdef.:'), ['g', 'z', ' ', '/', '_']),
        message: 'Use digits, a–f, dots (.) and colons (:) only',
        valid: '192.168.1.100',
      },
      {
        label: 'Share path',
        values: withForbidden(chars('abz09._/-'), [' ', '!', '<', '*', 'é', ':']),
        message:
          'Use letters and digits, dots (.), hyphens (-), underscores (_) and slashes (/) only',
        valid: '/nfs/storage',
      },
      {
        label: 'Mount options',
        values: withForbidden(chars('abz09.=,-'), [' ', '/', '_', '!', ';']),
        message:
          'Use letters and digits, dots (.), hyphens (-), equals signs (=) and commas (,) only',
        valid: 'noacl,sync',
      },
      {
        label: 'Mount options',
        values: fc.string({ unit: ALNUM, minLength: 1, maxLength: 2 }),
        message: /Use 3 to 255 characters/,
        valid: 'noacl,sync',
      },
    ],
  },
  {
    name: 'create policy',
    kind: EVON,
    page: { nav: 'Policies', heading: 'Policies' },
    open: dialog('Create policy', 'Create policy'),
    submit: 'Create policy',
    fields: [
      { label: 'Name', values: blank, message: 'Enter a name', valid: 'Ops policy' },
      {
        label: 'Name',
        values: tooLong(ALNUM, 200),
        message: 'Use at most 200 characters',
        valid: 'Ops policy',
      },
      { label: 'Description', values: tooLong(ALNUM, 256), message: 'Use at most 256 characters' },
    ],
  },
  {
    name: 'hub config',
    kind: EVON,
    page: { nav: 'Hub config', heading: 'Hub config' },
    open: async (page) => page.getByRole('main'),
    submit: 'Save config',
    fields: [
      {
        label: 'Update time',
        values: fc.oneof(
          withForbidden(DIGITS, [':', '.', 'h', ' ']).filter((value) => !/^\d\d:\d\d$/.test(value)),
          fc
            .tuple(fc.integer({ min: 24, max: 99 }), fc.integer({ min: 0, max: 59 }))
            .map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`),
        ),
        message: 'Enter a time as HH:MM, e.g. 20:00',
        valid: '20:00',
      },
      {
        label: 'UUID deny list',
        values: withForbidden(chars('0123456789abcdef-'), ['g', 'z', 'X', ' ', '_']),
        message: /^Not a UUID: /,
      },
      {
        label: 'UUID allow list',
        values: fc.uuid().map((uuid) => uuid.toUpperCase().replace(/[0-9]/, 'G')),
        message: /^Not a UUID: /,
      },
    ],
  },
  {
    name: 'add route',
    kind: VNS3,
    page: { nav: 'Routes', heading: 'Routes' },
    open: dialog('Add route', 'Add route'),
    submit: 'Add route',
    fields: [
      {
        label: 'Network (CIDR)',
        values: fc
          .tuple(
            fc.integer({ min: 1, max: 223 }),
            fc.integer({ min: 0, max: 255 }),
            fc.integer({ min: 0, max: 255 }),
            fc.integer({ min: 1, max: 255 }),
          )
          .map((octets) => `${octets.join('.')}/24`),
        message: /^Host bits are set: did you mean \d+\.\d+\.\d+\.0\/24\?/,
      },
      {
        label: 'Network (CIDR)',
        values: fc.integer({ min: 33, max: 99 }).map((bits) => `10.0.0.0/${bits}`),
        message: 'The prefix length must be between 0 and 32',
      },
      {
        label: 'Gateway',
        values: notIpv4(['x', ' ', '/', '-', ':']),
        message: 'Enter an IPv4 address like 192.0.2.10',
      },
      {
        label: 'Metric',
        values: fc.oneof(
          fc.integer({ min: 65536, max: 10_000_000 }).map(String),
          withForbidden(DIGITS, ['.', '-', 'e', ' ']),
        ),
        message: 'The metric is a whole number from 0 to 65535',
      },
      {
        label: 'Table',
        values: withForbidden(ALNUM, ['-', '.', ' ', '/', '!']),
        message: 'A table name has up to 32 letters, digits or underscores',
      },
    ],
  },
  {
    name: 'add IPsec endpoint',
    kind: VNS3,
    page: { nav: 'IPsec tunnels', heading: 'IPsec tunnels' },
    open: dialog('Add endpoint', 'Add endpoint'),
    submit: 'Add endpoint',
    fields: [
      {
        label: 'Remote gateway IP',
        values: fc.oneof(
          notIpv4(['x', ' ', '/', '-', ':']),
          fc.integer({ min: 256, max: 999 }).map((octet) => `203.0.113.${octet}`),
        ),
        message: 'Enter an IPv4 address like 192.0.2.10',
      },
      {
        label: 'IKE / ESP algorithms',
        values: fc
          .tuple(
            fc.constantFrom('phase3', 'ike', 'esp', 'phase'),
            fc.string({ unit: ALNUM, minLength: 1, maxLength: 8 }),
          )
          .map(([key, value]) => `${key}=${value}`),
        message: /Use phase1=… and phase2=…/,
      },
    ],
  },
  {
    name: 'client pack tag',
    kind: VNS3,
    page: { nav: 'Client packs', heading: 'Client packs' },
    async open(page) {
      await page.getByRole('button', { name: 'Actions for 100_127_255_193' }).click();
      await page.getByRole('menuitem', { name: 'Add tag…' }).click();
      const scope = page.getByRole('dialog', { name: 'Add a tag to 100_127_255_193' });
      await expect(scope).toBeVisible();
      return scope;
    },
    submit: 'Add tag',
    fields: [
      {
        label: 'Key',
        values: withForbidden(ALNUM, [' ', '!', '/', '<', 'é', '=']),
        message: 'Use letters, digits, _ . or -',
      },
    ],
  },
  {
    name: 'client pack next available',
    kind: VNS3,
    page: { nav: 'Client packs', heading: 'Client packs' },
    open: dialog('Check out the next available pack', 'Check out next available'),
    submit: 'Check out',
    fields: [
      {
        label: 'Lowest IP',
        values: fc.oneof(
          notIpv4(['x', ' ', '/', '-']),
          fc
            .array(fc.integer({ min: 0, max: 255 }), { minLength: 2, maxLength: 3 })
            .map((octets) => octets.join('.')),
        ),
        message: 'Lowest IP must be an IPv4 address, e.g. 100.127.255.193',
      },
    ],
  },
  {
    name: 'firewall rule',
    kind: SHELLHUB,
    page: { nav: 'Firewall rules', heading: 'Firewall rules' },
    open: dialog('New firewall rule', 'New rule'),
    submit: 'Create rule',
    fields: [
      {
        label: 'Source IP regular expression',
        values: badRegexp,
        message: 'Not a valid regular expression',
        valid: '.*',
      },
      {
        label: 'Username regular expression',
        values: badRegexp,
        message: 'Not a valid regular expression',
        valid: '.*',
      },
      {
        label: 'Hostname regular expression',
        values: badRegexp,
        message: 'Not a valid regular expression',
        valid: '.*',
      },
    ],
  },
  {
    name: 'public key',
    kind: SHELLHUB,
    page: { nav: 'Public keys', heading: 'Public keys' },
    open: dialog('Add public key', 'Add public key'),
    submit: 'Add key',
    fields: [
      {
        label: 'Public key',
        values: fc.oneof(
          fc.string({ unit: ALNUM, minLength: 1, maxLength: 40 }),
          fc
            .string({ unit: ALNUM, minLength: 1, maxLength: 20 })
            .map((body) => `-----BEGIN PUBLIC KEY-----\n${body}`),
        ),
        message: 'Paste one OpenSSH public key line, e.g. "ssh-ed25519 AAAA… comment"',
      },
      {
        label: 'Hostname regular expression',
        values: badRegexp,
        message: 'Not a valid regular expression',
        valid: '.*',
      },
    ],
  },
];

for (const form of FORMS) {
  test(`${form.kind.kind}: ${form.name} refuses invalid values before sending`, async ({
    page,
    request,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const sim = await form.kind.create(request, baseURL!);
    await form.kind.signIn(page, sim);
    await visit(page, form.page);
    const scope = await form.open(page);
    const since = new Date().toISOString();

    for (const field of form.fields) {
      const input = scope.getByRole('textbox', { name: field.label, exact: true });
      await fc.assert(
        fc.asyncProperty(field.values, async (value) => {
          await input.fill(value);
          await scope.getByRole('button', { name: form.submit, exact: true }).click();
          await expect(input).toHaveAttribute('aria-invalid', 'true');
          await expect(input).toHaveAccessibleDescription(
            typeof field.message === 'string' ? new RegExp(escape(field.message)) : field.message,
          );
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      await input.fill(field.valid ?? '');
    }

    const state = (await sim.state()) as { rejectedForValidation: number };
    expect(state.rejectedForValidation).toBe(0);
    const sent = (await sim.requests()).filter((entry) => entry.at >= since);
    expect(sent.filter((entry) => entry.method !== 'GET')).toEqual([]);
  });
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('jidoteki: TLS certificates refuse files that are not PEM before sending', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const sim = await JIDOTEKI.create(request, baseURL!);
  await JIDOTEKI.signIn(page, sim);
  await visit(page, { nav: 'TLS certificates', heading: 'TLS certificates' });
  const since = new Date().toISOString();
  const slots = [
    ['Public certificate', 'CERTIFICATE'],
    ['Private key', 'RSA PRIVATE KEY'],
    ['CA certificate (optional)', 'CERTIFICATE'],
  ] as const;

  // Text with no PEM block (and not blank, which has its own message).
  const notPem = withForbidden(chars('abcXYZ019 =+/\n-'), ['q', 'w']);
  for (const [slot, expected] of slots) {
    const drop = page.getByLabel(slot, { exact: true });
    await fc.assert(
      fc.asyncProperty(notPem, async (content) => {
        const chooser = page.waitForEvent('filechooser');
        await drop.click();
        await (
          await chooser
        ).setFiles({ name: 'notes.pem', mimeType: 'text/plain', buffer: Buffer.from(content) });
        await page.getByRole('button', { name: 'Upload certificates' }).click();
        await expect(drop).toHaveAttribute('aria-invalid', 'true');
        await expect(drop).toHaveAccessibleDescription(
          new RegExp(escape(`No PEM block found: expected -----BEGIN ${expected}`)),
        );
      }),
      { numRuns: 4, endOnFailure: true },
    );
  }

  const state = (await sim.state()) as { rejectedForValidation: number };
  expect(state.rejectedForValidation).toBe(0);
  const sent = (await sim.requests()).filter((entry) => entry.at >= since);
  expect(sent.filter((entry) => entry.method !== 'GET')).toEqual([]);
});
