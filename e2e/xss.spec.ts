import type { APIRequestContext, Page } from '@playwright/test';
import { GATEWAY_TOKEN, type Gateway } from './devicegw-fixtures';
import { EVON_ADMIN_TOKEN } from './evon-fixtures';
import { type SimInstance, addConnection, expect, signIn, test } from './fixtures';
import {
  DEVICEGW,
  EVON,
  JIDOTEKI,
  JIDOTEKI_TOKEN,
  type KindPage,
  SHELLHUB,
  VNS3,
  visit,
} from './quality-kinds';

// Rendered as HTML, these would create elements and run (or, under the CSP, be refused and
// reported); rendered as text they are only characters.
const IMG = '<img src=x onerror="alert(\'img\')">';
const SCRIPT = "<script>alert('script')</script>";
const SVG = '<svg onload="alert(\'svg\')"></svg>';

interface Guard {
  dialogs: string[];
  violations: string[];
}

/** Records any dialog and any script the policy refused, in every document of the page. */
async function guard(page: Page): Promise<Guard> {
  const result: Guard = { dialogs: [], violations: [] };
  page.on('dialog', (dialog) => {
    result.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.exposeFunction('__reportXssViolation', (directive: string) => {
    result.violations.push(directive);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportXssViolation: (d: string) => void }).__reportXssViolation(
        `${event.violatedDirective} ${event.sample}`,
      );
    });
  });
  return result;
}

/** The payload is on screen as text, and nothing of it became an element or ran. */
async function expectInert(page: Page, result: Guard, ...texts: string[]) {
  for (const text of texts) {
    // Some texts are also in closed menus (e.g. a namespace switcher): one shown copy is enough.
    await expect(
      page.getByText(text, { exact: false }).filter({ visible: true }).first(),
    ).toBeVisible();
  }
  await expect(page.locator('img[src="x"], svg[onload], script:not([src])')).toHaveCount(0);
  expect(result.dialogs).toEqual([]);
  expect(result.violations).toEqual([]);
}

async function visitAndCheck(page: Page, result: Guard, target: KindPage, ...texts: string[]) {
  await visit(page, target);
  await expectInert(page, result, ...texts);
}

async function api(
  request: APIRequestContext,
  sim: SimInstance,
  method: 'POST' | 'PUT',
  path: string,
  authorization: string,
  data: unknown,
) {
  const response = await request.fetch(`${sim.baseUrl}${path}`, {
    method,
    headers: { Authorization: authorization },
    data,
  });
  expect(response.ok(), await response.text()).toBe(true);
}

test('Jidoteki: changelog, services, license and a connection name stay text', async ({
  page,
  request,
  baseURL,
}) => {
  const result = await guard(page);
  const sim = await JIDOTEKI.create(request, baseURL!, {
    changelog: `# Changelog\n\n## 1.0.0\n\n  * Fixed ${IMG} and ${SCRIPT}\n`,
    services: [{ [`evil${SVG}`]: 'running' }, { nginx: 'running' }],
    license: {
      app: 'enterprise',
      users: 5,
      expires: '19 January 2038',
      name: `Acme ${IMG}`,
      contact: `ops ${SCRIPT}`,
    },
  });
  await addConnection(page, { name: `Lab ${SVG}`, baseUrl: sim.baseUrl });
  await signIn(page, JIDOTEKI_TOKEN);
  await expect(page.getByRole('heading', { name: 'System overview', level: 1 })).toBeVisible();
  await visitAndCheck(page, result, JIDOTEKI.pages[0]!, `Fixed ${IMG} and ${SCRIPT}`, `evil${SVG}`);
  await visitAndCheck(
    page,
    result,
    { nav: 'License', heading: 'License' },
    `Acme ${IMG}`,
    `ops ${SCRIPT}`,
  );
  await page.goto('/');
  await expectInert(page, result, `Lab ${SVG}`);
});

test('Evon Hub: user, group, server group and rule names stay text', async ({
  page,
  request,
  baseURL,
}) => {
  const result = await guard(page);
  const sim = await EVON.create(request, baseURL!, {
    addUsers: [{ username: `mallory${SCRIPT}`, is_superuser: false }],
  });
  const auth = `Token ${EVON_ADMIN_TOKEN}`;
  await api(request, sim, 'POST', '/api/group', auth, {
    name: `Group ${IMG}`,
    user_set: [],
    permissions: [],
  });
  await api(request, sim, 'POST', '/api/servergroup', auth, {
    name: `Servers ${SVG}`,
    server_set: [],
  });
  await api(request, sim, 'POST', '/api/rule', auth, {
    name: `Rule ${SCRIPT}`,
    destination_protocol: 'TCP',
    destination_ports: '22',
    source_users: [],
    source_groups: [],
    source_servers: [],
    source_servergroups: [],
  });
  await EVON.signIn(page, sim);
  await visitAndCheck(page, result, { nav: 'Users', heading: 'Users' }, `mallory${SCRIPT}`);
  await visitAndCheck(page, result, { nav: 'Groups', heading: 'Groups' }, `Group ${IMG}`);
  await visitAndCheck(
    page,
    result,
    { nav: 'Server groups', heading: 'Server groups' },
    `Servers ${SVG}`,
  );
  await visitAndCheck(page, result, { nav: 'Rules', heading: 'Rules' }, `Rule ${SCRIPT}`);
  await visitAndCheck(page, result, { nav: 'Policies', heading: 'Policies' });
});

test('device gateway: config file names and contents stay text', async ({
  page,
  request,
  baseURL,
}) => {
  const result = await guard(page);
  const sim = await DEVICEGW.create(request, baseURL!);
  await api(request, sim, 'PUT', '/v1/configs/group/alpha', `Bearer ${GATEWAY_TOKEN}`, {
    Files: {
      [`evil${IMG}.toml`]: { Value: `value ${SCRIPT}`, OnChanged: [`restart ${SVG}`] },
    },
    Reason: 'planted by the xss suite',
  });
  await DEVICEGW.signIn(page, sim);
  const group = DEVICEGW.pages.find((target) => target.heading === 'Group alpha')!;
  await visitAndCheck(page, result, group, `evil${IMG}.toml`, `value ${SCRIPT}`, `restart ${SVG}`);
});

test('device gateway: device names, labels and update logs stay text', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const result = await guard(page);
  const sim = (await DEVICEGW.create(request, baseURL!)) as Gateway;
  const lyon = (await sim.state()).devices.find((device) => device.name === 'gw-lyon-01')!;
  const name = `gw-lyon ${IMG}`;
  await sim.configure({
    deviceLabels: { [lyon.uuid]: { name, note: `note ${SCRIPT}` } },
    updateLogs: {
      'main/main-42': [
        JSON.stringify({ uuid: lyon.uuid, status: `Installed ${SVG}`, 'target-name': SCRIPT }),
        `raw line ${IMG}`,
      ],
    },
  });
  await DEVICEGW.signIn(page, sim);
  await visitAndCheck(page, result, DEVICEGW.pages[0]!, name);
  await visitAndCheck(
    page,
    result,
    {
      nav: 'Devices',
      heading: name,
      open: (page) => page.getByRole('link', { name }).click(),
    },
    name,
  );
  await page.getByRole('tab', { name: 'Labels' }).click();
  // Labels are edited in place: the value is a text field's value.
  await expect(page.getByRole('textbox', { name: 'Label 3 value' })).toHaveValue(`note ${SCRIPT}`);
  await expectInert(page, result);
  const update = DEVICEGW.pages.find((target) => target.heading === 'Update main-42')!;
  await visit(page, update);
  await page.getByRole('button', { name: 'Follow progress' }).click();
  await expectInert(page, result, `Installed ${SVG}`, `raw line ${IMG}`);
});

test('VNS3: endpoint, tunnel, rule, client pack, link and container text stays text', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const result = await guard(page);
  const endpoint = `Frankfurt ${IMG}`;
  const sim = await VNS3.create(request, baseURL!, {
    plant: {
      endpointName: endpoint,
      tunnelDescription: `tunnel ${SVG}`,
      ruleComment: `rule ${SCRIPT}`,
      clientpackName: `pack ${IMG}`,
      linkName: `link ${SVG}`,
      linkLogLine: `log ${SCRIPT}`,
      containerName: `box ${IMG}`,
    },
  });
  await VNS3.signIn(page, sim);
  await expectInert(page, result, endpoint);
  await visitAndCheck(page, result, { nav: 'IPsec tunnels', heading: 'IPsec tunnels' }, endpoint);
  await visitAndCheck(
    page,
    result,
    {
      nav: 'IPsec tunnels',
      heading: endpoint,
      open: (page) => page.getByRole('link', { name: endpoint }).first().click(),
    },
    `tunnel ${SVG}`,
  );
  await visitAndCheck(page, result, { nav: 'Firewall', heading: 'Firewall' }, `rule ${SCRIPT}`);
  await visitAndCheck(
    page,
    result,
    { nav: 'Client packs', heading: 'Client packs' },
    `pack ${IMG}`,
  );
  await visitAndCheck(page, result, { nav: 'Links', heading: 'Links' }, `link ${SVG}`);
  await page.getByRole('button', { name: `Log of link ${SVG}` }).click();
  await expectInert(page, result, `log ${SCRIPT}`);
  await page.keyboard.press('Escape');
  await visitAndCheck(page, result, { nav: 'Containers', heading: 'Containers' }, `box ${IMG}`);
});

test('ShellHub: device, tag, session, rule, key and namespace names stay text', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const result = await guard(page);
  const device = `edge ${IMG}`;
  const sim = await SHELLHUB.create(request, baseURL!, {
    plant: {
      deviceName: device,
      tag: `tag${SVG}`,
      sessionUsername: `root ${SCRIPT}`,
      ruleUsername: `user ${IMG}`,
      ruleHostname: `host ${SVG}`,
      publicKeyName: `key ${SCRIPT}`,
      namespaceName: `ns ${IMG}`,
    },
  });
  await SHELLHUB.signIn(page, sim);
  await expect(page.getByRole('combobox', { name: 'Namespace' })).toHaveValue(`ns ${IMG}`);
  await expectInert(page, result, device, `tag${SVG}`);
  await visitAndCheck(
    page,
    result,
    {
      nav: 'Devices',
      heading: device,
      open: (page) => page.getByRole('link', { name: device }).click(),
    },
    `tag${SVG}`,
  );
  await visitAndCheck(
    page,
    result,
    { nav: 'Sessions', heading: 'Sessions' },
    `root ${SCRIPT}`,
    device,
  );
  await visitAndCheck(
    page,
    result,
    { nav: 'Firewall rules', heading: 'Firewall rules' },
    `user ${IMG}`,
    `host ${SVG}`,
  );
  await visitAndCheck(
    page,
    result,
    { nav: 'Public keys', heading: 'Public keys' },
    `key ${SCRIPT}`,
  );
  await visitAndCheck(page, result, { nav: 'Tags', heading: 'Tags' }, `tag${SVG}`);
  await visitAndCheck(page, result, { nav: 'Members', heading: 'Members' });
});

test('the guard itself catches a payload rendered as HTML', async ({ page }) => {
  const result = await guard(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Fleet', level: 1 })).toBeVisible();
  await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), IMG);
  await expect(page.locator('img[src="x"]')).toHaveCount(1);
  await expect.poll(() => result.violations.join()).toContain('script-src-attr');
});
