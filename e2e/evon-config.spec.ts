import { expect, expectNoAxeViolations, openFromNav, test } from './fixtures';
import { createHub, openHub, requestsTo } from './evon-fixtures';

test('hub config: UUID lists are checked, saved, and the deny list removes servers', async ({
  page,
  request,
  baseURL,
}) => {
  // A long flow: alone it takes about 24 s, beside another worker more than the default 30 s.
  test.setTimeout(90_000);
  const hub = await createHub(request, baseURL!);
  await openHub(page, hub);
  await openFromNav(page, 'Hub config');
  await expect(page.getByRole('textbox', { name: 'Update time' })).toHaveValue('20:00');
  await expectNoAxeViolations(page);

  const deny = page.getByRole('textbox', { name: 'UUID deny list' });
  await deny.fill('not-a-uuid');
  await page.getByRole('button', { name: 'Save config' }).click();
  await expect(page.getByText(/^Not a UUID: not-a-uuid\./)).toBeVisible();
  expect(await requestsTo(hub, 'PATCH', '/api/config/1')).toEqual([]);

  const servers = (await hub.state()).servers as { fqdn: string; uuid: string }[];
  const db1 = servers.find((server) => server.fqdn.startsWith('db1.'))!;
  await deny.fill(db1.uuid);
  await page.getByRole('textbox', { name: 'Update time' }).fill('06:30');
  await page.getByRole('switch', { name: 'Discovery mode' }).uncheck();
  await page.getByRole('combobox', { name: 'Time zone' }).click();
  await page.getByRole('combobox', { name: 'Time zone' }).fill('Europe/Ber');
  await page.getByRole('option', { name: 'Europe/Berlin' }).click();
  await page.getByRole('button', { name: 'Save config' }).click();
  await expect(page.getByText('Hub config saved')).toBeVisible();
  const state = await hub.state();
  expect(state.config).toMatchObject({
    timezone: 'Europe/Berlin',
    auto_update_time: '06:30:00',
    discovery_mode: false,
    uuid_blacklist: db1.uuid,
  });
  expect(state.serverCount).toBe(2);

  await openFromNav(page, 'Servers');
  await expect(page.getByText('1–2 of 2 servers')).toBeVisible();
});
