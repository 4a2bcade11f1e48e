import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { seedPluginInstance } from './vns3-controller-plugin-fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

test.describe.configure({ timeout: 180_000 });

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('plugin instance page: every tab, with bad input refused and server text kept as text', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  const { instance } = await seedPluginInstance(request, sim);
  const base = `/plugin-instances/${instance}`;
  await addAndSignInVns3(page, sim, 'Plugin instance controller');
  await vns3Nav(page, 'Plugins').click();
  await page
    .getByRole('table', { name: 'Plugin instances' })
    .getByRole('link', { name: 'lb1' })
    .click();
  await expect(page.getByRole('heading', { name: 'Plugin instance lb1', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Plugin instance details' })).toContainText(
    '198.51.100.20',
  );
  await expectNoAxeViolations(page);

  // Overview: commit to a new plugin, and the manager configuration (PUT, then POST).
  await page.getByLabel('New plugin name').fill('-tuned');
  await page.getByRole('button', { name: 'Commit to plugin' }).click();
  await expect(page.getByText('Start with a letter or digit; at most 64 characters')).toBeVisible();
  await page.getByLabel('New plugin name').fill('HAProxy tuned');
  await page.getByRole('button', { name: 'Commit to plugin' }).click();
  await expect(page.getByText('New plugin HAProxy tuned')).toBeVisible();
  const managerJson = page.getByLabel('Manager configuration (JSON)');
  await managerJson.fill('{"ports": {}}');
  await page.getByRole('button', { name: 'Update manager configuration' }).click();
  await expect(page.getByText('ports must be a list')).toBeVisible();
  await managerJson.fill(
    '{"process_manager": {"name": "supervisor", "subprocesses": ["main", "ui"]}}',
  );
  await page.getByRole('button', { name: 'Update manager configuration' }).click();
  await expect(page.getByText('Manager configuration updated')).toBeVisible();
  await page.getByRole('button', { name: 'Create manager configuration' }).click();
  await expect(page.getByText('Manager configuration created')).toBeVisible();
  expect((await sim.requestsTo('PUT', `${base}/manager`)).map((r) => r.status)).toEqual([200]);
  expect((await sim.requestsTo('POST', `${base}/manager`)).map((r) => r.status)).toEqual([201]);

  // Logs: a log line with markup is shown as text, never as an element.
  await page.getByRole('tab', { name: 'Logs' }).click();
  const log = page.getByLabel('Last 100 lines of /var/log/plugin.log');
  await expect(log).toContainText('lb1 GET /<img src=x onerror="window.__xss=1">');
  await expect(log.locator('img')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Lines' }).fill('0');
  await page.getByRole('button', { name: 'Show lines' }).click();
  await expect(page.getByText('Enter a whole number from 1 to 10000')).toBeVisible();
  await page.getByRole('textbox', { name: 'Lines' }).fill('5');
  await page.getByRole('button', { name: 'Show lines' }).click();
  await expect(page.getByLabel('Last 5 lines of /var/log/plugin.log')).toContainText(
    'lb1 log line 20',
  );
  const logReads = await sim.requestsTo('GET', `${base}/logs/0/content`);
  expect(logReads.map((r) => r.query)).toEqual([['lines'], ['lines']]);

  // Configuration: save, read an old version, revert, delete a version, clear the history.
  await page.getByRole('tab', { name: 'Configuration' }).click();
  const files = page.getByRole('table', { name: 'Configuration files' });
  await expect(files.getByRole('row', { name: /haproxy-cfg .* 1 \(0 previous\)/ })).toBeVisible();
  const content = page.getByLabel('Content of /etc/haproxy/haproxy.cfg');
  await expect(content).toHaveValue('global\n  maxconn 256\n');
  await content.fill('<script>window.__xss=2</script>\nglobal\n  maxconn 512\n');
  await page.getByRole('button', { name: 'Save configuration' }).click();
  await expect(page.getByText('Configuration saved')).toBeVisible();
  await expect(files.getByRole('row', { name: /2 \(1 previous\)/ })).toBeVisible();
  await choose(page, 'Version', 'Version 1');
  await expect(page.getByLabel('Version 1 of haproxy-cfg')).toContainText('maxconn 256');
  await page.getByRole('button', { name: 'Revert to version 1' }).click();
  await expect(files.getByRole('row', { name: /3 \(2 previous\)/ })).toBeVisible();
  await expect(content).toHaveValue('global\n  maxconn 256\n');
  await choose(page, 'Version', 'Version 2');
  await expect(page.getByLabel('Version 2 of haproxy-cfg')).toContainText(
    '<script>window.__xss=2</script>',
  );
  await page.getByRole('button', { name: 'Delete version 2' }).click();
  await page
    .getByRole('dialog', { name: 'Delete version 2 of haproxy-cfg?' })
    .getByRole('button', { name: 'Delete version' })
    .click();
  await expect(files.getByRole('row', { name: /3 \(1 previous\)/ })).toBeVisible();
  await page.getByRole('button', { name: 'Clear history' }).click();
  await page
    .getByRole('dialog', { name: 'Clear the history of haproxy-cfg?' })
    .getByRole('button', { name: 'Clear history' })
    .click();
  await expect(files.getByRole('row', { name: /3 \(0 previous\)/ })).toBeVisible();
  expect(await sim.requestsTo('GET', `${base}/configurations/0/content`)).not.toHaveLength(0);
  expect(
    (await sim.requestsTo('GET', `${base}/configurations/0/content`)).some((r) =>
      r.query.includes('version'),
    ),
  ).toBe(true);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();

  // Processes: the manager's subprocesses, an action with a bad timeout, then its output.
  await page.getByRole('tab', { name: 'Processes' }).click();
  await expect(page.getByRole('list', { name: 'Managed processes' })).toHaveText(/main\s*ui/);
  await choose(page, 'Process', 'ui');
  await choose(page, 'Action', 'stop');
  await page.getByLabel('Timeout (seconds)').fill('9999');
  await page.getByRole('button', { name: 'Run action' }).click();
  await expect(page.getByText('Enter whole seconds from 1 to 600, or leave empty')).toBeVisible();
  await page.getByLabel('Timeout (seconds)').fill('20');
  await page.getByRole('button', { name: 'Run action' }).click();
  await expect(page.getByLabel('Output of the process action')).toHaveText('ui: stopped');

  // Commands: output with markup is shown as text.
  await page.getByRole('tab', { name: 'Commands' }).click();
  await page.getByRole('button', { name: 'Run command' }).click();
  await expect(page.getByText('Choose a command')).toBeVisible();
  await choose(page, 'Command', 'status — Show the plugin status');
  await page.getByRole('button', { name: 'Run command' }).click();
  const output = page.getByLabel('Output of the command');
  await expect(output).toContainText('lb1 <b>pluginctl</b>');
  await expect(output).toContainText('ui\tSTOPPED');
  await expect(output.locator('b')).toHaveCount(0);

  // Firewall: a port map needs both ports and a protocol.
  await page.getByRole('tab', { name: 'Firewall' }).click();
  await expect(page.getByText('No firewall rules')).toBeVisible();
  await choose(page, 'Preset', 'Port map');
  await page.getByRole('button', { name: 'Add rule' }).click();
  await expect(page.getByText('Enter a port from 1 to 65535')).toHaveCount(2);
  await page.getByLabel('Controller port').fill('10000');
  await page.getByLabel('Plugin port').fill('3000');
  await page.getByRole('button', { name: 'Add rule' }).click();
  const rules = page.getByRole('table', { name: 'Plugin firewall rules' });
  await expect(
    rules.getByRole('row', {
      name: /--dport 10000 -j DNAT --to 198\.51\.100\.20:3000 port map 10000 3000/,
    }),
  ).toBeVisible();
  // A host port already mapped: the controller's answer appears next to the field, input kept.
  await choose(page, 'Preset', 'Port map');
  await page.getByLabel('Controller port').fill('10000');
  await page.getByLabel('Plugin port').fill('3001');
  await page.getByRole('button', { name: 'Add rule' }).click();
  await expect(page.getByRole('alert', { name: 'The firewall rule was not added' })).toContainText(
    '400: host_port 10000 is already mapped',
  );
  await expect(page.getByLabel('Controller port')).toHaveAccessibleDescription(
    'host_port 10000 is already mapped',
  );
  await expect(page.getByLabel('Plugin port')).toHaveValue('3001');
  await choose(page, 'Preset', 'SSH access');
  await page.getByRole('button', { name: 'Add rule' }).click();
  await expect(rules.getByRole('row', { name: /--dport 22 .* ssh 22 22/ })).toBeVisible();

  // Users: add, then delete after confirming.
  await page.getByRole('tab', { name: 'Users' }).click();
  await page.getByLabel('Username').fill('Ops');
  await page.getByRole('button', { name: 'Save user' }).click();
  await expect(page.getByText(/^Lower-case letters, digits/)).toBeVisible();
  await expect(page.getByText('Enter a password or a public key')).toBeVisible();
  await page.getByLabel('Username').fill('ops');
  await page.getByLabel('Password', { exact: true }).fill('correct horse');
  await page.getByRole('button', { name: 'Save user' }).click();
  const users = page.getByRole('table', { name: 'SSH users' });
  await expect(users.getByRole('row', { name: /ops Set None/ })).toBeVisible();
  await users.getByRole('button', { name: 'Delete user ops' }).click();
  await page
    .getByRole('dialog', { name: 'Delete SSH user ops?' })
    .getByRole('button', { name: 'Delete user' })
    .click();
  await expect(page.getByText('No SSH users')).toBeVisible();

  // Exports of the instance.
  await page.getByRole('tab', { name: 'Exports' }).click();
  await page.getByLabel('New export of lb1').fill('state');
  await page.getByRole('button', { name: 'Create export' }).click();
  const exports = page.getByRole('table', { name: 'Exports of lb1' });
  await expect(exports.getByRole('row', { name: /state\.tar\.gz/ })).toBeVisible();
  await exports.getByRole('button', { name: 'Delete export state' }).click();
  await page
    .getByRole('dialog', { name: 'Delete export state?' })
    .getByRole('button', { name: 'Delete export' })
    .click();
  await expect(page.getByText('No exports')).toBeVisible();

  await expectNoAxeViolations(page);
  // Every plugin request succeeded but the conflicting firewall rule (checked below).
  expect(
    (await sim.requests()).filter(
      (entry) =>
        entry.path.startsWith('/api/plugin') &&
        entry.status !== 200 &&
        entry.status !== 201 &&
        entry.path !== `/api${base}/firewall`,
    ),
  ).toEqual([]);
  expect(await sim.rejected()).toBe(0);
  expect((await sim.requestsTo('PUT', `${base}/firewall`)).map((r) => r.status)).toEqual([
    201, 400, 201,
  ]);
  expect((await sim.requestsTo('PUT', `${base}/users`)).map((r) => r.status)).toEqual([200]);
  expect(await sim.requestsTo('DELETE', `${base}/users/ops`)).toHaveLength(1);
  expect(await sim.requestsTo('POST', `${base}/processes/action`)).toHaveLength(1);
  expect(await sim.requestsTo('POST', `${base}/commands/execute`)).toHaveLength(1);
  expect(await sim.requestsTo('POST', `${base}/commit`)).toHaveLength(1);
  expect(await sim.state()).toMatchObject({ plugins: ['HAProxy', 'HAProxy tuned'] });
  // Read on opening and after each manager change (it names commands); tabs share that read.
  expect(await sim.requestsTo('GET', base)).toHaveLength(3);
});
