import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { addConnection, createAppliance, expect, expectNoAxeViolations, test } from './fixtures';

async function importFile(page: Page, name: string, content: unknown) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (
    await chooser
  ).setFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
  });
  return page.getByRole('dialog', { name: 'Import connections' });
}

function storedConnections(page: Page) {
  return page.evaluate(() => localStorage.getItem('switchboard.connections') ?? '');
}

test('connections are exported without credentials and imported with conflicts settled first', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const appliance = await createAppliance(request, baseURL!);
  await addConnection(page, { name: 'Export lab', baseUrl: appliance.baseUrl });
  await page.getByLabel('API token').fill('demo-token');
  await page.getByLabel('Remember me on this device').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'System overview', level: 1 })).toBeVisible({
    timeout: 15_000,
  });

  await page.goto('/connections');
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await waiting;
  expect(download.suggestedFilename()).toMatch(/^switchboard-connections-\d{4}-\d{2}-\d{2}\.json$/);
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text).not.toContain('demo-token');
  const exported = JSON.parse(text) as {
    format: string;
    version: number;
    connections: Record<string, unknown>[];
  };
  expect(exported.format).toBe('switchboard-connections');
  expect(exported.version).toBe(1);
  const lab = exported.connections.find((connection) => connection.name === 'Export lab')!;
  expect(lab).toEqual({
    id: expect.stringMatching(/^export-lab-/),
    kind: 'jidoteki',
    name: 'Export lab',
    baseUrl: appliance.baseUrl,
  });
  const keys = new Set(exported.connections.flatMap((connection) => Object.keys(connection)));
  expect(
    [...keys].every((key) => ['id', 'kind', 'name', 'baseUrl', 'proxyPath'].includes(key)),
  ).toBe(true);

  // The same file, edited: one renamed (same id), one copy of a backend, one new with a token.
  const edited = {
    ...exported,
    connections: [
      ...exported.connections.map((connection) =>
        connection.id === lab.id ? { ...connection, name: 'Export lab renamed' } : connection,
      ),
      { id: 'lab-twin', kind: 'jidoteki', name: 'Lab twin', baseUrl: appliance.baseUrl },
      {
        id: 'new-gateway',
        kind: 'devicegw',
        name: 'New gateway',
        baseUrl: 'https://updates.example.net',
        proxyPath: '/proxy/updates',
        token: 'smuggled-secret',
      },
    ],
  };
  const dialog = await importFile(page, 'edited.json', edited);
  const table = dialog.getByRole('table', { name: 'Connections in the file' });
  await expect(
    table.getByRole('row', {
      name: /^Export lab renamed .*Already here with other settings “Export lab”/,
    }),
  ).toBeVisible();
  await expect(
    table.getByRole('row', { name: /^Lab twin .*Same backend as “Export lab”/ }),
  ).toBeVisible();
  await expect(table.getByRole('row', { name: /^New gateway .*New Add$/ })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Apply 1 change' })).toBeVisible();
  await expectNoAxeViolations(page);

  await dialog.getByLabel('What to do with Export lab renamed').selectOption('replace');
  await dialog.getByLabel('What to do with Lab twin').selectOption('keep');
  await dialog.getByRole('button', { name: 'Apply 2 changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported from edited.json: 1 added, 1 replaced,')).toBeVisible();

  const connections = page.getByRole('table', { name: 'Connections' });
  await expect(connections.getByRole('link', { name: 'Export lab renamed' })).toBeVisible();
  await expect(connections.getByRole('link', { name: 'New gateway' })).toBeVisible();
  await expect(connections.getByRole('link', { name: 'Lab twin' })).toHaveCount(0);
  await expect(connections.getByText('via /proxy/updates')).toBeVisible();
  const stored = await storedConnections(page);
  expect(stored).not.toContain('smuggled-secret');
  expect(stored).toContain('"id":"new-gateway"');
  // Only the name changed, so the session survived the replacement.
  await connections.getByRole('link', { name: 'Export lab renamed' }).click();
  await expect(page.getByRole('heading', { name: 'System overview', level: 1 })).toBeVisible();
});

test('a file with problems is explained and changes nothing', async ({ page }) => {
  await page.goto('/connections');
  // The console renders once the demo connections are stored: read the store after that.
  await expect(page.getByRole('table', { name: 'Connections' })).toBeVisible();
  const before = await storedConnections(page);
  const dialog = await importFile(page, 'broken.json', {
    format: 'switchboard-connections',
    version: 1,
    connections: [
      { id: 'ok-one', kind: 'evon', name: 'Fine', baseUrl: 'https://hub.example' },
      { id: 'bad', kind: 'evon', name: 'With password', baseUrl: 'https://admin:pw@hub.example' },
      { id: 'bad-kind', kind: 'cisco', name: 'Router', baseUrl: 'https://r.example' },
    ],
  });
  await expect(dialog.getByText('broken.json cannot be imported')).toBeVisible();
  await expect(
    dialog.getByText(
      'Connection 2 (With password): baseUrl: Do not put credentials in the URL: you sign in separately',
    ),
  ).toBeVisible();
  await expect(
    dialog.getByText('Connection 3 (Router): kind: Choose the kind of backend'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Back to connections' }).click();
  expect(await storedConnections(page)).toBe(before);

  const notJson = await importFile(page, 'notes.json', 'this is not json');
  await expect(notJson.getByText('The file is not JSON.')).toBeVisible();
});
