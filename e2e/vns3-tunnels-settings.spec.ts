import { expect, expectNoAxeViolations, test } from './fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

test.describe.configure({ timeout: 90_000 });

test('the IPsec local address is set only while no endpoint exists, and checked first', async ({
  page,
  request,
  baseURL,
}) => {
  const busy = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, busy);
  await vns3Nav(page, 'IPsec tunnels').click();
  await page.getByRole('button', { name: 'Change IPsec local address' }).click();
  const blocked = page.getByRole('dialog', { name: 'IPsec local address' });
  await expect(blocked).toContainText('Delete the 3 endpoints (with their tunnels) first');
  await expect(blocked.getByRole('textbox')).toHaveCount(0);
  await blocked.getByRole('button', { name: 'Close', exact: true }).click();
  expect(await busy.requestsTo('PUT', '/ipsec')).toHaveLength(0);

  const empty = await createVns3(request, baseURL!, { edgeSeed: 'empty' });
  await addAndSignInVns3(page, empty, 'Fresh controller');
  await vns3Nav(page, 'IPsec tunnels').click();
  await expect(page.getByText('No IPsec endpoints')).toBeVisible();
  await page.getByRole('button', { name: 'Change IPsec local address' }).click();
  const dialog = page.getByRole('dialog', { name: 'IPsec local address' });
  const field = dialog.getByRole('textbox', { name: 'IPsec local address' });
  await expect(field).toHaveValue('192.168.1.230');
  await field.fill('192.168.1.300');
  await dialog.getByRole('button', { name: 'Set address' }).click();
  await expect(dialog.getByText('Enter an IPv4 address like 192.0.2.10')).toBeVisible();
  await field.fill('');
  await dialog.getByRole('button', { name: 'Set address' }).click();
  await expect(dialog.getByText('Enter the IPsec local address')).toBeVisible();
  expect(await empty.requestsTo('PUT', '/ipsec')).toHaveLength(0);
  await expectNoAxeViolations(page);

  await field.fill('192.168.1.231');
  await dialog.getByRole('button', { name: 'Set address' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/IPsec local 192\.168\.1\.231,/)).toBeVisible();
  expect((await empty.state()).ipsecLocalIpaddress).toBe('192.168.1.231');
  expect(await empty.requestsTo('PUT', '/ipsec')).toHaveLength(1);
  expect(await empty.rejected()).toBe(0);
});

test('the endpoint page reads its endpoint; an eBGP peer shows its session detail', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim);
  await vns3Nav(page, 'IPsec tunnels').click();
  await page.getByRole('link', { name: 'Datacenter Frankfurt' }).click();
  await expect(page.getByRole('heading', { name: 'Datacenter Frankfurt', level: 1 })).toBeVisible();
  await expect.poll(() => sim.requestsTo('GET', '/ipsec/endpoints/1')).toHaveLength(1);

  await page.getByRole('button', { name: 'Details of eBGP peer 169.254.10.1' }).click();
  const dialog = page.getByRole('dialog', { name: 'eBGP peer 169.254.10.1' });
  await expect(dialog.getByText('BGP state = Established', { exact: false })).toBeVisible();
  await expect(dialog).toContainText('BGP neighbor is 169.254.10.1, remote AS 65010');
  await expect(dialog).toContainText('65010');
  const reads = await sim.requestsTo('GET', '/ipsec/endpoints/1/ebgp_peers/1');
  expect(reads.map((entry) => entry.query)).toEqual([['verbose']]);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // In-app navigation: a reload would end the in-memory session.
  await page.evaluate(() => {
    window.history.pushState(null, '', window.location.pathname.replace(/1$/, '99'));
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.getByRole('heading', { name: 'Endpoint not found', level: 1 })).toBeVisible();
  await expect(page.getByText('This controller has no IPsec endpoint 99.')).toBeVisible();
});
