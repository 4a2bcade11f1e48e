import type { Locator, Page } from '@playwright/test';
import fc from 'fast-check';
import { expect, test } from './fixtures';
import { DEVICEGW, EVON, JIDOTEKI, type KindPage, type QualityKind, visit } from './quality-kinds';

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
