import type { Locator, Page } from '@playwright/test';
import { GATEWAY_TOKEN } from './devicegw-fixtures';
import { expect, test } from './fixtures';
import { DEVICEGW, JIDOTEKI, JIDOTEKI_TOKEN } from './quality-kinds';

/** Presses Tab until `target` has the focus: it is reachable with the keyboard. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 60 } = {}) {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `not reachable with ${max} Tab presses`).toBeFocused();
}

async function addConnectionWithKeyboard(
  page: Page,
  connection: { kind?: string; name: string; baseUrl: string },
) {
  await page.goto('/connections');
  await expect(page.getByRole('heading', { name: 'Connections', level: 1 })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Add connection' }).first());
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add connection' });
  await expect(dialog).toBeVisible();
  if (connection.kind) {
    await tabTo(page, dialog.getByRole('combobox', { name: 'Kind' }));
    await page.keyboard.press('ArrowDown');
    const option = page.getByRole('option', { name: new RegExp(`^${connection.kind}`, 'i') });
    await expect(option).toBeVisible();
    // arrow keys move through the options until the wanted one is the selected one
    for (let step = 0; step < 10; step += 1) {
      if ((await option.getAttribute('data-combobox-selected')) !== null) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('combobox', { name: 'Kind' })).toHaveValue(
      new RegExp(`^${connection.kind}`, 'i'),
    );
  }
  await tabTo(page, dialog.getByRole('textbox', { name: 'Name' }));
  await page.keyboard.type(connection.name);
  await tabTo(page, dialog.getByRole('textbox', { name: 'Base URL' }));
  await page.keyboard.type(connection.baseUrl);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

test('add a connection, sign in, move between pages and use the menu, keyboard only', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await JIDOTEKI.create(request, baseURL!);
  await addConnectionWithKeyboard(page, { name: 'Keys appliance', baseUrl: sim.baseUrl });

  await expect(page.getByRole('heading', { name: 'Sign in to Keys appliance' })).toBeVisible();
  await expect(page.getByLabel('API token')).toBeFocused();
  await page.keyboard.type('wrong-token');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Rejected by the backend/)).toBeVisible();
  await tabTo(page, page.getByLabel('API token'), { backwards: true });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(JIDOTEKI_TOKEN);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'System overview', level: 1 })).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  for (const [link, heading] of [
    ['Network', 'Network'],
    ['License', 'License'],
    ['Overview', 'System overview'],
  ] as const) {
    await tabTo(page, nav.getByRole('link', { name: link, exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  }
});

test('open a confirm dialog, cancel it with Escape, then confirm, keyboard only', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await DEVICEGW.create(request, baseURL!, { deviceCount: 5 });
  await addConnectionWithKeyboard(page, {
    kind: 'Device gateway',
    name: 'Keys gateway',
    baseUrl: sim.baseUrl,
  });
  await expect(page.getByLabel('Bearer token')).toBeFocused();
  await page.keyboard.type(GATEWAY_TOKEN);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Devices', level: 1 })).toBeVisible();

  const trigger = page.getByRole('button', { name: 'Delete gw-oslo-02' });
  await tabTo(page, trigger);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete gw-oslo-02?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  // focus stays trapped in the dialog while tabbing to its confirm button
  await tabTo(page, dialog.getByRole('button', { name: 'Delete device' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'gw-oslo-02' })).toHaveCount(0);
  expect((await sim.state()) as { denied: string[] }).toMatchObject({
    denied: [expect.any(String)],
  });
});

test('a denied list of thousands scrolls with the keyboard, rendering only rows in view', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await DEVICEGW.create(request, baseURL!, { deviceCount: 2000 });
  const uuids = ((await sim.state()) as { devices: { uuid: string }[] }).devices.map(
    (device) => device.uuid,
  );
  await sim.configure({ denied: uuids });
  await DEVICEGW.signIn(page, sim);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Denied devices', exact: true })
    .click();
  const table = page.getByRole('table', { name: 'Denied devices' });
  await expect(table).toHaveAttribute('aria-rowcount', '2001');
  await expect(page.getByRole('button', { name: `Restore ${uuids[0]}` })).toBeVisible();
  expect(await table.locator('tbody tr:not([aria-hidden])').count()).toBeLessThan(60);

  await tabTo(page, page.getByRole('region', { name: 'Denied devices (scrollable)' }));
  await page.keyboard.press('End');
  const last = page.getByRole('button', { name: `Restore ${uuids.at(-1)}` });
  await expect(last).toBeVisible();
  await expect(page.getByRole('button', { name: `Restore ${uuids[0]}` })).toHaveCount(0);
  // Tab goes on to a row's own button, one of the rows now in view, near the end.
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName(/^Restore /);
  const uuid = (await focused.getAttribute('aria-label'))!.replace('Restore ', '');
  expect(uuids.indexOf(uuid)).toBeGreaterThan(uuids.length - 60);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Restore this device?' })).toContainText(uuid);
});
