import { expect, expectNoAxeViolations, test } from './fixtures';
import { addConnection } from './fixtures';
import { EVON_ADMIN_TOKEN, createHub, requestsTo } from './evon-fixtures';

test('a wrong token is refused next to the field; the right one opens the hub', async ({
  page,
  request,
  baseURL,
}) => {
  const hub = await createHub(request, baseURL!);
  await addConnection(page, { kind: 'Evon Hub', name: 'Lab hub', baseUrl: hub.baseUrl });
  await expect(page.getByRole('heading', { name: 'Sign in to Lab hub' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('API token').fill('not-the-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    page.getByText('Rejected by the backend (401 Invalid token.). Check it and try again.'),
  ).toBeVisible();
  await expect(page.getByLabel('API token')).toHaveAccessibleDescription(/Rejected by the backend/);

  await page.getByLabel('API token').fill(EVON_ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Servers', level: 1 })).toBeVisible();
  const pings = await requestsTo(hub, 'GET', '/api/ping');
  expect(pings.map((entry) => entry.status)).toContain(401);
  expect(pings.at(-1)?.status).toBe(200);
  expect((await hub.state()).authFailures).toBeGreaterThanOrEqual(1);
});
