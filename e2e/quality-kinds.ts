import type { APIRequestContext, Page } from '@playwright/test';
import { EVON_ADMIN_TOKEN, openHub } from './evon-fixtures';
import { GATEWAY_TOKEN, type Gateway, openGateway } from './devicegw-fixtures';
import { type SimInstance, addConnection, createSimInstance, expect, signIn } from './fixtures';
import { DEMO_PASSWORD, DEMO_USERNAME, type ShellHub, signInShellHub } from './shellhub-fixtures';
import { addAndSignInVns3 } from './vns3-fixtures';

/**
 * The complete kinds, for the quality suites (accessibility, CSP, faults, XSS, bad input,
 * keyboard). A new kind plugs in with one entry here.
 */

/** A page of a signed-in connection: reached from the main navigation, or by `open` from one. */
export interface KindPage {
  /** Main-navigation link; for a detail page, the list page it is opened from. */
  nav: string;
  heading: string | RegExp;
  /** From the nav page, reach the detail page (click a row, a link). */
  open?: (page: Page) => Promise<void>;
  /** Shown once the page's data is there. */
  ready?: (page: Page) => Promise<void>;
}

export interface QualityKind {
  kind: string;
  create(
    request: APIRequestContext,
    baseURL: string,
    fields?: Record<string, unknown>,
  ): Promise<SimInstance>;
  /** Adds the instance as a connection and signs in; ends on the kind's first page. */
  signIn(page: Page, sim: SimInstance): Promise<void>;
  pages: KindPage[];
  /** A page not opened by signing in, whose data goes through QueryBoundary (fault suite). */
  faultPage: KindPage & { loading: string };
  /** A form whose failed submit must keep what was typed (fault suite). */
  faultForm: FaultForm;
}

export interface FaultForm {
  page: KindPage;
  /** Opens the form (e.g. its dialog) and types valid values. */
  fill(page: Page): Promise<void>;
  submit(page: Page): Promise<void>;
  /** The request the submit makes, as the simulator logs it. */
  request: { method: string; path: string | RegExp };
  /** The failure is shown with `status`, and every typed value is still there. */
  expectKept(page: Page, status: string): Promise<void>;
}

export const JIDOTEKI_TOKEN = 'quality-token';

const table = (name: string) => async (page: Page) => {
  await expect(page.getByRole('table', { name })).toBeVisible();
};

export const JIDOTEKI: QualityKind = {
  kind: 'jidoteki',
  create: (request, baseURL, fields = {}) =>
    createSimInstance(request, baseURL, 'jidoteki', { token: JIDOTEKI_TOKEN, ...fields }),
  async signIn(page, sim) {
    await addConnection(page, { name: 'Quality appliance', baseUrl: sim.baseUrl });
    await signIn(page, JIDOTEKI_TOKEN);
    await expect(page.getByRole('heading', { name: 'System overview', level: 1 })).toBeVisible();
  },
  pages: [
    { nav: 'Overview', heading: 'System overview', ready: table('Services') },
    { nav: 'Updates', heading: 'Updates' },
    { nav: 'Network', heading: 'Network' },
    { nav: 'Storage', heading: 'Storage' },
    { nav: 'TLS certificates', heading: 'TLS certificates' },
    { nav: 'License', heading: 'License' },
    { nav: 'Backup and restore', heading: 'Backup and restore' },
    { nav: 'Support', heading: 'Support' },
    { nav: 'API token', heading: 'API token' },
  ],
  faultPage: {
    nav: 'Network',
    heading: 'Network',
    loading: 'Loading the network settings',
    ready: table('Current network settings'),
  },
  faultForm: {
    page: { nav: 'Network', heading: 'Network', ready: table('Current network settings') },
    fill: (page) => page.getByRole('textbox', { name: 'Hostname' }).fill('kept.example.lan'),
    submit: (page) => page.getByRole('button', { name: 'Apply settings' }).click(),
    request: { method: 'POST', path: '/api/v1/admin/settings' },
    async expectKept(page, status) {
      const alert = page.getByRole('alert').filter({ hasText: 'The settings were not applied' });
      await expect(alert).toContainText(status);
      await expect(page.getByRole('textbox', { name: 'Hostname' })).toHaveValue('kept.example.lan');
    },
  },
};

export const EVON: QualityKind = {
  kind: 'evon',
  create: (request, baseURL, fields = {}) => createSimInstance(request, baseURL, 'evon', fields),
  signIn: (page, sim) => openHub(page, sim, EVON_ADMIN_TOKEN, 'Quality hub'),
  pages: [
    { nav: 'Servers', heading: 'Servers', ready: table('Servers') },
    { nav: 'Server groups', heading: 'Server groups' },
    { nav: 'Rules', heading: 'Rules' },
    { nav: 'Policies', heading: 'Policies' },
    { nav: 'Users', heading: 'Users' },
    { nav: 'Groups', heading: 'Groups' },
    { nav: 'User profiles', heading: 'User profiles' },
    { nav: 'Hub config', heading: 'Hub config' },
    { nav: 'Downloads', heading: 'Downloads' },
  ],
  faultPage: { nav: 'Users', heading: 'Users', loading: 'Loading users', ready: table('Users') },
  faultForm: {
    page: { nav: 'Groups', heading: 'Groups', ready: table('Groups') },
    async fill(page) {
      await page.getByRole('button', { name: 'Create group' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create group' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Kept group');
    },
    submit: (page) =>
      page
        .getByRole('dialog', { name: 'Create group' })
        .getByRole('button', { name: 'Create group' })
        .click(),
    request: { method: 'POST', path: '/api/group' },
    async expectKept(page, status) {
      const dialog = page.getByRole('dialog', { name: 'Create group' });
      await expect(dialog.getByRole('alert')).toContainText(status);
      await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Kept group');
    },
  },
};

export const DEVICEGW: QualityKind = {
  kind: 'devicegw',
  create: (request, baseURL, fields = {}) =>
    createSimInstance(request, baseURL, 'devicegw', { deviceCount: 12, ...fields }),
  signIn: (page, sim) => openGateway(page, sim as Gateway, GATEWAY_TOKEN, 'Quality gateway'),
  pages: [
    { nav: 'Devices', heading: 'Devices', ready: table('Devices') },
    {
      nav: 'Devices',
      heading: 'gw-lyon-01',
      open: (page) => page.getByRole('link', { name: 'gw-lyon-01' }).click(),
      ready: async (page) => {
        await expect(page.getByText('Installation completed; succeeded')).toBeVisible();
      },
    },
    { nav: 'Denied devices', heading: 'Denied devices' },
    { nav: 'Configs', heading: 'Configs', ready: table('Factory config files') },
    {
      nav: 'Configs',
      heading: 'Group alpha',
      open: (page) =>
        page
          .getByRole('list', { name: 'Device groups' })
          .getByRole('link', { name: 'alpha' })
          .click(),
      ready: table('Group config files'),
    },
    { nav: 'Updates', heading: 'Updates', ready: table('Updates') },
    {
      nav: 'Updates',
      heading: 'Update main-42',
      open: (page) => page.getByRole('link', { name: 'main-42' }).click(),
    },
  ],
  faultPage: {
    nav: 'Denied devices',
    heading: 'Denied devices',
    loading: 'Loading the denied devices',
    ready: async (page) => {
      await expect(page.getByText('No denied devices')).toBeVisible();
    },
  },
  faultForm: {
    page: { nav: 'Denied devices', heading: 'Denied devices' },
    fill: (page) => page.getByLabel('Device UUID').fill('kept-device-uuid'),
    submit: (page) => page.getByRole('button', { name: 'Restore device' }).click(),
    request: { method: 'DELETE', path: '/v1/denied-devices/kept-device-uuid' },
    async expectKept(page, status) {
      await expect(page.getByRole('alert', { name: 'The device was not restored' })).toContainText(
        status,
      );
      await expect(page.getByLabel('Device UUID')).toHaveValue('kept-device-uuid');
    },
  },
};

/** The VNS3 pages, in main-navigation order (detail pages added where they show server text). */
export const VNS3: QualityKind = {
  kind: 'vns3',
  create: (request, baseURL, fields = {}) => createSimInstance(request, baseURL, 'vns3', fields),
  signIn: (page, sim) => addAndSignInVns3(page, sim, 'Quality controller'),
  pages: [
    { nav: 'Status', heading: 'Status' },
    { nav: 'Routes', heading: 'Routes', ready: table('Routes') },
    { nav: 'Peering', heading: 'Peering' },
    { nav: 'Interfaces', heading: 'Interfaces' },
    { nav: 'Links', heading: 'Links' },
    { nav: 'IPsec tunnels', heading: 'IPsec tunnels' },
    {
      nav: 'IPsec tunnels',
      heading: 'Datacenter Frankfurt',
      open: (page) => page.getByRole('link', { name: 'Datacenter Frankfurt' }).first().click(),
    },
    { nav: 'Firewall', heading: 'Firewall' },
    { nav: 'Firewall sets', heading: 'Firewall sets' },
    { nav: 'Firewall v1', heading: 'Firewall v1' },
    { nav: 'Client packs', heading: 'Client packs' },
    { nav: 'Licence', heading: 'Licence' },
    { nav: 'Keyset', heading: 'Keyset' },
    { nav: 'SSL certificate', heading: 'SSL certificate' },
    { nav: 'Snapshots', heading: 'Snapshots' },
    { nav: 'Access', heading: 'Access' },
    { nav: 'Identity', heading: 'Identity' },
    { nav: 'Remote support', heading: 'Remote support and server' },
    { nav: 'Alerts', heading: 'Alerts' },
    { nav: 'Packet monitors', heading: 'Packet monitors' },
    { nav: 'Plugins', heading: 'Plugins' },
    { nav: 'Containers', heading: 'Containers' },
  ],
  faultPage: {
    nav: 'Routes',
    heading: 'Routes',
    loading: 'Loading the routes',
    ready: table('Routes'),
  },
  faultForm: {
    page: { nav: 'Routes', heading: 'Routes', ready: table('Routes') },
    async fill(page) {
      await page.getByRole('button', { name: 'Add route' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add route' });
      await dialog.getByRole('textbox', { name: 'Network (CIDR)' }).fill('10.60.0.0/16');
      await dialog.getByRole('combobox', { name: 'Interface' }).click();
      await page.getByRole('option', { name: 'eth0' }).click();
      await dialog.getByRole('textbox', { name: 'Metric' }).fill('7');
    },
    submit: (page) =>
      page
        .getByRole('dialog', { name: 'Add route' })
        .getByRole('button', { name: 'Add route' })
        .click(),
    request: { method: 'POST', path: '/api/routes' },
    async expectKept(page, status) {
      const dialog = page.getByRole('dialog', { name: 'Add route' });
      await expect(dialog.getByRole('alert')).toContainText(status);
      await expect(dialog.getByRole('textbox', { name: 'Network (CIDR)' })).toHaveValue(
        '10.60.0.0/16',
      );
      await expect(dialog.getByRole('textbox', { name: 'Metric' })).toHaveValue('7');
    },
  },
};

const SHELLHUB_RULE = 'Edit: allow ^root$ from ^10\\.0\\. (priority 1)';

export const SHELLHUB: QualityKind = {
  kind: 'shellhub',
  create: (request, baseURL, fields = {}) =>
    createSimInstance(request, baseURL, 'shellhub', fields),
  async signIn(page, sim) {
    await signInShellHub(page, sim as ShellHub, {
      username: DEMO_USERNAME,
      password: DEMO_PASSWORD,
      name: 'Quality ShellHub',
    });
    await expect(page.getByRole('heading', { name: 'Devices', level: 1 })).toBeVisible();
  },
  pages: [
    { nav: 'Devices', heading: 'Devices' },
    {
      nav: 'Devices',
      heading: 'edge-lyon-01',
      open: (page) => page.getByRole('link', { name: 'edge-lyon-01' }).click(),
    },
    { nav: 'Containers', heading: 'Containers' },
    { nav: 'Sessions', heading: 'Sessions', ready: table('Sessions') },
    {
      nav: 'Sessions',
      heading: 'root on edge-lyon-01',
      open: (page) =>
        page
          .getByRole('table', { name: 'Sessions' })
          .getByRole('row')
          .nth(1)
          .getByRole('link', { name: 'edge-lyon-01' })
          .click(),
    },
    { nav: 'Firewall rules', heading: 'Firewall rules', ready: table('Firewall rules') },
    { nav: 'Public keys', heading: 'Public keys', ready: table('Public keys') },
    { nav: 'Tags', heading: 'Tags' },
    { nav: 'Connectors', heading: 'Connectors' },
    { nav: 'Namespace', heading: 'Namespace settings' },
    { nav: 'Members', heading: 'Members' },
    { nav: 'API keys', heading: 'API keys' },
    { nav: 'Billing', heading: 'Billing' },
    { nav: 'Announcements', heading: 'Announcements' },
    { nav: 'Profile', heading: 'Profile' },
    { nav: 'Security', heading: 'Security' },
  ],
  faultPage: {
    nav: 'Public keys',
    heading: 'Public keys',
    loading: 'Loading the public keys',
    ready: table('Public keys'),
  },
  faultForm: {
    page: { nav: 'Firewall rules', heading: 'Firewall rules', ready: table('Firewall rules') },
    async fill(page) {
      await page.getByRole('button', { name: SHELLHUB_RULE }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit firewall rule' });
      await dialog.getByRole('textbox', { name: 'Username regular expression' }).fill('^kept$');
    },
    submit: (page) =>
      page
        .getByRole('dialog', { name: 'Edit firewall rule' })
        .getByRole('button', { name: 'Save rule' })
        .click(),
    request: { method: 'PUT', path: /^\/api\/firewall\/rules\/[0-9a-f]+$/ },
    async expectKept(page, status) {
      const dialog = page.getByRole('dialog', { name: 'Edit firewall rule' });
      await expect(dialog.getByRole('alert')).toContainText(status);
      await expect(
        dialog.getByRole('textbox', { name: 'Username regular expression' }),
      ).toHaveValue('^kept$');
    },
  },
};

export const QUALITY_KINDS: QualityKind[] = [JIDOTEKI, EVON, DEVICEGW, VNS3, SHELLHUB];

/** Opens one page of a signed-in connection and waits until its data is shown. */
export async function visit(page: Page, target: KindPage) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: target.nav, exact: true })
    .click();
  if (target.open) {
    await expect(page.getByLabel(/^Loading/)).toHaveCount(0);
    await target.open(page);
  }
  await expect(page.getByRole('heading', { name: target.heading, level: 1 })).toBeVisible();
  await target.ready?.(page);
  await expect(page.getByLabel(/^Loading/)).toHaveCount(0);
}

/**
 * A kind's pages in even runs of at most `size`, so that a kind with twenty pages becomes several
 * tests the workers can share rather than one long serial walk.
 */
export function pageGroups(
  kind: QualityKind,
  size: number,
): { label: string; pages: KindPage[] }[] {
  const total = kind.pages.length;
  if (total <= size) return [{ label: 'all pages', pages: kind.pages }];
  const runs = Math.ceil(total / size);
  const runSize = Math.ceil(total / runs);
  const groups = [];
  for (let start = 0; start < total; start += runSize) {
    const pages = kind.pages.slice(start, start + runSize);
    groups.push({ label: `pages ${start + 1}–${start + pages.length} of ${total}`, pages });
  }
  return groups;
}
