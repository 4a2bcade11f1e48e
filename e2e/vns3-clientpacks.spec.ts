import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { type Vns3Sim, addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

// Whole user journeys with axe scans, on a machine shared with other test runs.
test.slow();

async function openPacks(page: Page, sim: Vns3Sim) {
  await addAndSignInVns3(page, sim);
  await vns3Nav(page, 'Client packs').click();
  await expect(page.getByRole('heading', { name: 'Client packs', level: 1 })).toBeVisible();
}

const packs = (page: Page) => page.getByRole('table', { name: 'Clientpacks' });

async function packAction(page: Page, name: string, action: string) {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

test('packs are searched and filtered by status; connected clients are listed', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openPacks(page, sim);
  await expect(page.getByText('Showing 12 of 12 clientpacks')).toBeVisible();
  await expect(
    packs(page).getByRole('row', {
      name: /^Select 100_127_255_194 100_127_255_194 100\.127\.255\.194 Connected Yes 198\.51\.100\.11 owner=alice/,
    }),
  ).toBeVisible();

  await page.getByRole('textbox', { name: 'Search clientpacks' }).fill('owner=alice');
  await expect(page.getByText('Showing 1 of 12 clientpacks')).toBeVisible();
  await page.getByRole('textbox', { name: 'Search clientpacks' }).fill('');
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Connected' }).click();
  await expect(page.getByText('Showing 3 of 12 clientpacks')).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Disabled' }).click();
  await expect(
    packs(page).getByRole('row', { name: /^Select 100_127_255_199 100_127_255_199 .* Disabled/ }),
  ).toBeVisible();

  const clients = page.getByRole('table', { name: 'Connected clients' });
  await expect(clients.getByRole('row')).toHaveCount(4);
  await expect(
    clients.getByRole('row', { name: /^100\.127\.255\.194 198\.51\.100\.11 1 owner=alice/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a thousand connected clients stay a short DOM and scroll to the last one', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!, {
    clientpackCount: 4000,
    clientpackCapacity: 4000,
  });
  await openPacks(page, sim);
  const connected = Number((await sim.state()).clientpacksConnected);
  expect(connected).toBe(1000);
  const clients = page.getByRole('table', { name: 'Connected clients' });
  await expect(clients).toHaveAttribute('aria-rowcount', String(connected + 1));
  expect(await clients.locator('tbody tr:not([aria-hidden])').count()).toBeLessThan(60);

  const region = page.getByRole('region', { name: 'Connected clients (scrollable)' });
  await region.evaluate((element) => (element.scrollTop = element.scrollHeight));
  const last = clients.locator(`tr[aria-rowindex="${connected + 1}"]`);
  await expect(last.getByRole('button', { name: /^Disconnect / })).toBeVisible();
});

test('disable and regenerate ask first; enable and check out do not', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openPacks(page, sim);
  await packAction(page, '100_127_255_194', 'Disable');
  const confirm = page.getByRole('dialog', { name: 'Disable 100_127_255_194?' });
  await expect(confirm).toContainText('a connected client is dropped');
  await confirm.getByRole('button', { name: 'Disable pack' }).click();
  await expect(
    packs(page).getByRole('row', { name: /^Select 100_127_255_194 100_127_255_194 .* Disabled/ }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Connected clients' }).getByRole('row')).toHaveCount(
    3,
  );

  await packAction(page, '100_127_255_194', 'Enable');
  await expect(
    packs(page).getByRole('row', { name: /^Select 100_127_255_194 100_127_255_194 .* Available/ }),
  ).toBeVisible();
  await packAction(page, '100_127_255_195', 'Check out');
  await expect(
    packs(page).getByRole('row', {
      name: /^Select 100_127_255_195 100_127_255_195 .* Available Yes/,
    }),
  ).toBeVisible();

  await packAction(page, '100_127_255_195', 'Regenerate…');
  await page
    .getByRole('dialog', { name: 'Regenerate 100_127_255_195?' })
    .getByRole('button', { name: 'Regenerate' })
    .click();
  await expect(page.getByText('100_127_255_195 regenerated')).toBeVisible();
  const puts = await sim.requestsTo('PUT', '/clientpack');
  expect(puts).toHaveLength(4);
  expect((await sim.requestsTo('GET', '/status/task')).length).toBeGreaterThan(0);
});

test('each download format is saved under its file name', async ({ page, request, baseURL }) => {
  const sim = await createVns3(request, baseURL!);
  await openPacks(page, sim);
  for (const [label, name] of [
    ['OpenVPN profile (.ovpn)', '100_127_255_193.ovpn'],
    ['Config file (.conf)', '100_127_255_193.conf'],
    ['Zip archive', '100_127_255_193.zip'],
    ['Tarball (.tar.gz)', '100_127_255_193.tar.gz'],
    ['The controller’s default file', '100_127_255_193.tar.gz'],
  ] as const) {
    await packAction(page, '100_127_255_193', 'Download…');
    const dialog = page.getByRole('dialog', { name: 'Download 100_127_255_193' });
    await dialog.getByRole('radio', { name: label }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(name);
    expect(readFileSync((await file.path())!, 'utf8')).toContain('ifconfig-push 100.127.255.193');
  }
  const log = await sim.requestsTo('GET', '/clientpack');
  expect(log.map((entry) => entry.query)).toEqual(Array(4).fill(['name', 'fileformat']));
  expect(await sim.requestsTo('GET', '/clientpack/100_127_255_193')).toHaveLength(1);
});

test('tags: a bad key stays in the form; tags are added and removed', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openPacks(page, sim);
  await packAction(page, '100_127_255_193', 'Add tag…');
  const dialog = page.getByRole('dialog', { name: 'Add a tag to 100_127_255_193' });
  await dialog.getByRole('textbox', { name: 'Key' }).fill('site name');
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await expect(dialog.getByText('Use letters, digits, _ . or -')).toBeVisible();
  expect(await sim.requestsTo('POST', '/clientpack/100_127_255_193')).toHaveLength(0);
  await dialog.getByRole('textbox', { name: 'Key' }).fill('site');
  await dialog.getByRole('textbox', { name: 'Value' }).fill('lab');
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    packs(page).getByRole('row', { name: /^Select 100_127_255_193 100_127_255_193 .* site=lab/ }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Remove tag site from 100_127_255_193' }).click();
  await page
    .getByRole('dialog', { name: 'Remove a tag from 100_127_255_193?' })
    .getByRole('button', { name: 'Remove tag' })
    .click();
  await expect(packs(page).getByRole('row', { name: /site=lab/ })).toHaveCount(0);
  expect(await sim.rejected()).toBe(0);
});

test('next available checks out a pack in the range and offers its download', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openPacks(page, sim);
  await page.getByRole('button', { name: 'Check out next available' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check out the next available pack' });
  await dialog.getByRole('textbox', { name: 'Lowest IP' }).fill('100.127.255');
  await dialog.getByRole('textbox', { name: 'Highest IP' }).fill('100.127.255.190');
  await dialog.getByRole('button', { name: 'Check out' }).click();
  await expect(
    dialog.getByText('Lowest IP must be an IPv4 address, e.g. 100.127.255.193'),
  ).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Lowest IP' }).fill('100.127.255.200');
  await dialog.getByRole('button', { name: 'Check out' }).click();
  await expect(dialog.getByText('The highest IP must not be below the lowest')).toBeVisible();
  expect(await sim.requestsTo('POST', '/clientpacks/next_available')).toHaveLength(0);

  await dialog.getByRole('textbox', { name: 'Highest IP' }).fill('');
  await dialog.getByRole('button', { name: 'Check out' }).click();
  await expect(dialog.getByText('Checked out 100_127_255_200')).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download 100_127_255_200' }).click();
  await page
    .getByRole('dialog', { name: 'Download 100_127_255_200' })
    .getByRole('button', { name: 'Download' })
    .click();
  expect((await download).suggestedFilename()).toBe('100_127_255_200.ovpn');
  await expect(
    packs(page).getByRole('row', { name: /^Select 100_127_255_200 100_127_255_200 .* Yes/ }),
  ).toBeVisible();
  expect(await sim.rejected()).toBe(0);
});

test('reset all clients needs confirmation and empties the connected list', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openPacks(page, sim);
  await page.getByRole('button', { name: 'Reset all clients' }).click();
  const confirm = page.getByRole('dialog', { name: 'Reset all clients?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(await sim.requestsTo('POST', '/clients/reset_all')).toHaveLength(0);

  await packAction(page, '100_127_255_194', 'Reset connection…');
  await page
    .getByRole('dialog', { name: 'Reset the connection of 100_127_255_194?' })
    .getByRole('button', { name: 'Reset connection' })
    .click();
  await expect(page.getByRole('table', { name: 'Connected clients' }).getByRole('row')).toHaveCount(
    3,
  );

  await page.getByRole('button', { name: 'Reset all clients' }).click();
  await page
    .getByRole('dialog', { name: 'Reset all clients?' })
    .getByRole('button', { name: 'Reset all clients' })
    .click();
  await expect(page.getByText('2 clients reset')).toBeVisible();
  await expect(page.getByText('No overlay client is connected.')).toBeVisible();
  expect(await sim.requestsTo('POST', '/clients/reset_all')).toHaveLength(1);
});

test('a controller without a keyset explains it instead of listing 403s', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!, { keysetPresent: false });
  await openPacks(page, sim);
  await expect(page.getByText('This controller has no keyset yet')).toBeVisible();
  // The banner is the only alert: no 403 error states.
  await expect(page.getByRole('alert')).toHaveCount(1);
  await expect(page.getByRole('alert')).toContainText('no keyset yet');
  expect(await sim.requestsTo('GET', '/clientpacks')).toHaveLength(0);
  await expectNoAxeViolations(page);
});
