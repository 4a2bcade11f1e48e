import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { type Vns3Sim, addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

test.slow();

async function openPacks(page: Page, sim: Vns3Sim) {
  await addAndSignInVns3(page, sim);
  await vns3Nav(page, 'Client packs').click();
  await expect(page.getByRole('heading', { name: 'Client packs', level: 1 })).toBeVisible({
    timeout: 15_000,
  });
}

const packs = (page: Page) => page.getByRole('table', { name: 'Clientpacks' });

test('2,000 packs render only the rows in view; one pack’s details come from the controller', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!, { clientpackCount: 2000 });
  await openPacks(page, sim);
  // The simulator builds 2,000 packs with their checksums: allow for a slow shared machine.
  await expect(page.getByText('Showing 2000 of 2000 clientpacks')).toBeVisible({
    timeout: 30_000,
  });
  await expect(packs(page)).toHaveAttribute('aria-rowcount', '2001');
  expect(await packs(page).getByRole('row').count()).toBeLessThan(60);

  // Packs are listed by overlay IP: the highest one is reached by scrolling, not rendered up front.
  const last = packs(page).getByRole('row', { name: /100_127_255_255 100\.127\.255\.255/ });
  await expect(last).toHaveCount(0);
  await page
    .getByRole('region', { name: 'Clientpacks (scrollable)' })
    .evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(last).toBeVisible();
  expect(await packs(page).getByRole('row').count()).toBeLessThan(60);

  await page.getByRole('button', { name: 'Actions for 100_127_255_255' }).click();
  await page.getByRole('menuitem', { name: 'Details…' }).click();
  const drawer = page.getByRole('dialog', { name: 'Clientpack 100_127_255_255' });
  await expect(drawer.getByText('100.127.255.255', { exact: true })).toBeVisible();
  await expect(drawer.getByText('100_127_255_255.tar.gz', { exact: true })).toBeVisible();
  await expect(drawer.getByText(/^[0-9a-f]{40}$/).first()).toBeVisible();
  expect(await sim.requestsTo('GET', '/clientpacks/100_127_255_255')).toHaveLength(1);
  expect(await sim.requestsTo('GET', '/clientpacks')).toHaveLength(1);
  await expectNoAxeViolations(page);
});

test('selected packs change one by one; all packs change through one polled task', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openPacks(page, sim);
  await page.getByRole('checkbox', { name: 'Select 100_127_255_193' }).check();
  await page.getByRole('checkbox', { name: 'Select 100_127_255_195' }).check();
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Disable selected…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Disable 2 clientpacks?' });
  await expect(confirm).toContainText('Disable 2 selected clientpacks?');
  await confirm.getByRole('button', { name: 'Disable selected' }).click();
  await expect(page.getByText('Disable: 2 clientpacks changed')).toBeVisible();
  await expect(page.getByText('0 selected')).toBeVisible();
  await expect(packs(page).getByRole('row', { name: /100_127_255_193 .* Disabled/ })).toBeVisible();
  await expect(packs(page).getByRole('row', { name: /100_127_255_195 .* Disabled/ })).toBeVisible();
  expect(await sim.requestsTo('PUT', '/clientpack')).toHaveLength(2);

  await page.getByRole('button', { name: 'All packs' }).click();
  await page.getByRole('menuitem', { name: 'Enable all…' }).click();
  const all = page.getByRole('dialog', { name: 'Enable all clientpacks?' });
  await expect(all).toContainText('Enable all 12 clientpacks?');
  await all.getByRole('button', { name: 'Enable all' }).click();
  await expect(page.getByText('Enable all 12 clientpacks: done')).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Disabled' }).click();
  await expect(page.getByText('No matching clientpacks')).toBeVisible();
  expect(await sim.requestsTo('PUT', '/clientpacks')).toHaveLength(1);
  expect((await sim.requestsTo('GET', '/status/task')).length).toBeGreaterThan(0);
  expect(await sim.rejected()).toBe(0);
});

test('new packs: bad addresses stay in the form; the licence limit is shown; a range is added', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!, { clientpackCapacity: 14 });
  await openPacks(page, sim);
  await page.getByRole('button', { name: 'Add clientpacks' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add clientpacks' });
  const field = dialog.getByRole('textbox', { name: 'Overlay IP addresses' });
  for (const [input, message] of [
    ['100.127.255.300', '100.127.255.300 is not an IPv4 address or a range a.b.c.d-a.b.c.e'],
    ['100.127.255.205, 100.127.255.205', '100.127.255.205 is listed twice'],
    ['100.127.255.193', '100.127.255.193 already has a clientpack'],
  ] as const) {
    await field.fill(input);
    await dialog.getByRole('button', { name: 'Add clientpacks' }).click();
    await expect(dialog.getByText(message)).toBeVisible();
  }
  expect(await sim.requestsTo('POST', '/clientpacks/add_clientpacks')).toHaveLength(0);

  await field.fill('100.127.255.205-100.127.255.207');
  await dialog.getByRole('button', { name: 'Add clientpacks' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    '403: Not enough room in license for 3 more clientpacks.',
  );
  await expect(field).toHaveValue('100.127.255.205-100.127.255.207');

  await field.fill('100.127.255.205-100.127.255.206');
  await dialog.getByRole('button', { name: 'Add clientpacks' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Added 2 clientpacks')).toBeVisible();
  await expect(page.getByText('Showing 14 of 14 clientpacks')).toBeVisible();
  expect((await sim.state()).clientpackCount).toBe(14);
  expect(await sim.rejected()).toBe(0);
});

test('a connected client is disconnected after a confirmation naming its pack', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await openPacks(page, sim);
  const clients = page.getByRole('table', { name: 'Connected clients' });
  await expect(clients.getByRole('row')).toHaveCount(4);
  await page.getByRole('button', { name: 'Disconnect 100.127.255.194' }).click();
  const confirm = page.getByRole('dialog', { name: 'Disconnect 100.127.255.194?' });
  await expect(confirm).toContainText(
    'The client at 198.51.100.11 using clientpack 100_127_255_194 is forced off the overlay.',
  );
  await confirm.getByRole('button', { name: 'Disconnect client' }).click();
  await expect(clients.getByRole('row')).toHaveCount(3);
  await expect(
    packs(page).getByRole('row', { name: /100_127_255_194 .* Available/ }),
  ).toBeVisible();
  expect(await sim.requestsTo('PUT', '/clientpack/100_127_255_194')).toHaveLength(1);
  expect((await sim.state()).clientpacksConnected).toBe(2);
});
